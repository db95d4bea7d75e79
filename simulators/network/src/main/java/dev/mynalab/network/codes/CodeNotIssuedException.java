package dev.mynalab.network.codes;

/** A 機関別符号 was asked for a person the resident directory does not know as a current resident. */
public final class CodeNotIssuedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public CodeNotIssuedException(String message) {
    super(message);
  }
}
