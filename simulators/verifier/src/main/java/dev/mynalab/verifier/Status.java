package dev.mynalab.verifier;

/**
 * The verdict of one validation, in order of precedence: the first failed check decides. Only
 * {@link #VALID} means "accept"; every other value is a refusal, and {@link #INDETERMINATE} says
 * the revocation status could not be established (fail closed, never VALID).
 */
public enum Status {
  VALID,
  REVOKED,
  EXPIRED,
  NOT_YET_VALID,
  UNTRUSTED,
  INVALID_SIGNATURE,
  WRONG_PURPOSE,
  INDETERMINATE
}
