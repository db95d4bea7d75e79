package dev.mynalab.network.portal;

/** A login proof was refused; the message says why, in words fit for the user. */
public final class AuthenticationFailedException extends Exception {

  private static final long serialVersionUID = 1L;

  public AuthenticationFailedException(String message) {
    super(message);
  }
}
