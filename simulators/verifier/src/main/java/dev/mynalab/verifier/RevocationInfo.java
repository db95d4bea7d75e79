package dev.mynalab.verifier;

import java.time.Instant;

/**
 * Where the revocation status came from and what it said.
 *
 * @param source {@code ocsp} or {@code crl}; null when neither answered
 * @param checkedAt when the status was fetched from the source (a cached answer keeps its time)
 * @param thisUpdate the source's thisUpdate
 * @param nextUpdate the source's nextUpdate: the answer is reused until then
 * @param revokedAt the revocation time when revoked
 * @param reason the CRL reason name (e.g. {@code keyCompromise}) when revoked
 * @param cached whether this answer came from the verifier's cache
 */
public record RevocationInfo(
    String source,
    Instant checkedAt,
    Instant thisUpdate,
    Instant nextUpdate,
    Instant revokedAt,
    String reason,
    boolean cached) {

  public RevocationInfo asCached() {
    return new RevocationInfo(source, checkedAt, thisUpdate, nextUpdate, revokedAt, reason, true);
  }
}
