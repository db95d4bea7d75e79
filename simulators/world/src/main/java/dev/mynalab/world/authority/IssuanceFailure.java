package dev.mynalab.world.authority;

/**
 * The 機構 could not do what was asked, in the domain's words: the rule or the card's status word
 * that stopped it. Nothing was written that the failure would leave half-done on the card.
 */
public final class IssuanceFailure extends RuntimeException {

  private final String rule;
  private final int statusWord;

  public IssuanceFailure(String rule, String message, int statusWord, Throwable cause) {
    super(rule + ": " + message, cause);
    this.rule = rule;
    this.statusWord = statusWord;
  }

  public IssuanceFailure(String rule, String message) {
    this(rule, message, 0, null);
  }

  /** The rule ID (e.g. {@code CV-07}) or {@code card} when the card refused. */
  public String rule() {
    return rule;
  }

  /** The card's ISO 7816 status word when the card refused, else 0. */
  public int statusWord() {
    return statusWord;
  }
}
