package dev.mynalab.card.personalisation;

/** The card refused an issuer command, or the card is not one of ours. Carries the status word. */
public final class IssuerException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int sw;

  public IssuerException(String message, int sw) {
    super(message);
    this.sw = sw;
  }

  /** The card's status word, or 0 when the failure was on the host side. */
  public int sw() {
    return sw;
  }
}
