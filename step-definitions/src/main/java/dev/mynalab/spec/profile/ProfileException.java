package dev.mynalab.spec.profile;

/**
 * A profile that cannot be used: unknown key, wrong type, missing file, absent reader, class not
 * found, unreachable endpoint. Names the offending field as a dotted path ({@code
 * card.pcsc.reader}) so the message alone says what to fix; {@code mynalab conformance} maps it to
 * exit 2 before anything is run or written.
 */
public final class ProfileException extends IllegalArgumentException {

  private final String field;

  public ProfileException(String field, String message) {
    super(field + ": " + message);
    this.field = field;
  }

  public ProfileException(String field, String message, Throwable cause) {
    super(field + ": " + message, cause);
    this.field = field;
  }

  /** The dotted path of the offending field, e.g. {@code verifier.http.url}. */
  public String field() {
    return field;
  }
}
