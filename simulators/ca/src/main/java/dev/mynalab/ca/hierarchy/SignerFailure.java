package dev.mynalab.ca.hierarchy;

/** The CA key could not sign: an HSM fault, simulated or real. */
public final class SignerFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public SignerFailure(String message) {
    super(message);
  }

  public SignerFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
