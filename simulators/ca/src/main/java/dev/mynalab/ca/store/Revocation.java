package dev.mynalab.ca.store;

import java.time.Instant;

/**
 * A revocation as CRLs and OCSP report it.
 *
 * @param at revocationDate / revocationTime (seconds): when the CA processed the revocation
 * @param reason the CRLReason
 * @param sequence the store's revocation counter at this revocation: delta CRLs list the
 *     revocations newer than their base
 * @param cause the JPKI event in words, e.g. {@code 一時停止 (EC-05)}
 * @param invalidFrom when the certificate became invalid, if earlier than {@code at} (a 死亡届 filed
 *     days after the death): published as the invalidityDate CRL entry extension and OCSP
 *     singleExtension (RFC 5280 §5.3.2, RFC 6960 §4.4); null when it equals {@code at}
 */
public record Revocation(
    Instant at, RevocationReason reason, long sequence, String cause, Instant invalidFrom) {

  /** A revocation effective when processed (no invalidityDate). */
  public Revocation(Instant at, RevocationReason reason, long sequence, String cause) {
    this(at, reason, sequence, cause, null);
  }

  /** The instant from which the certificate is to be treated as revoked. */
  public Instant effectiveFrom() {
    return invalidFrom != null ? invalidFrom : at;
  }
}
