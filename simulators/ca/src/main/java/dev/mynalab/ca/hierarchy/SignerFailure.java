package dev.mynalab.ca.hierarchy;

/** The CA key could not sign: an HSM fault, simulated or real. */
public final class SignerFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public SignerFailure(String message) {
    super(message);
  }

  /**
   * Rethrows the {@link SignerFailure} hidden in {@code e}'s causes (builders wrap what the content
   * signer throws), so that a broken HSM is reported as such.
   */
  public static void rethrowIfCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SignerFailure failure) {
        throw failure;
      }
    }
  }

  public SignerFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
