package dev.mynalab.verifier;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The answer of one certificate validation (the body of {@code POST /v1/certificates/validate}).
 *
 * @param status the decisive outcome
 * @param reasons human-readable reasons, the decisive one first (empty for VALID only when nothing
 *     noteworthy happened)
 * @param revocation the revocation evidence; null when the check stopped earlier
 * @param purpose the purpose checked
 * @param at the instant the certificate was judged at
 * @param serial the certificate serial (hex)
 * @param subject the subject DN (RFC 2253)
 * @param issuer the anchor that verified the signature (label and key id), null if none
 * @param notBefore the certificate's notBefore
 * @param notAfter the certificate's notAfter
 * @param basicFour 基本4情報 from the SAN of a signing certificate, only for a relying party entitled
 *     to it (署名検証者) and only for VALID; null otherwise
 */
public record Verdict(
    Status status,
    List<String> reasons,
    RevocationInfo revocation,
    Purpose purpose,
    Instant at,
    String serial,
    String subject,
    String issuer,
    Instant notBefore,
    Instant notAfter,
    Map<String, String> basicFour) {

  public boolean isValid() {
    return status == Status.VALID;
  }

  public Verdict withBasicFour(Map<String, String> four) {
    return new Verdict(
        status,
        reasons,
        revocation,
        purpose,
        at,
        serial,
        subject,
        issuer,
        notBefore,
        notAfter,
        four);
  }
}
