package dev.mynalab.verifier.revocation;

/** A revocation source could not be reached or gave no usable bytes (timeout, reset, non-200). */
public final class FetchFailed extends Exception {

  public FetchFailed(String message) {
    super(message);
  }

  public FetchFailed(String message, Throwable cause) {
    super(message, cause);
  }
}
