package dev.mynalab.relyingparty.signing;

/**
 * The card said no (a wrong or locked PIN, no such certificate): the status word, as the card gave
 * it. Nothing was signed.
 */
public final class CardRefused extends RuntimeException {

  private final int statusWord;

  public CardRefused(String message, int statusWord) {
    super(message + String.format(" (SW %04X)", statusWord));
    this.statusWord = statusWord;
  }

  public int statusWord() {
    return statusWord;
  }
}
