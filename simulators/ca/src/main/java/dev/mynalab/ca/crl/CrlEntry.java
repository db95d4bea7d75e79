package dev.mynalab.ca.crl;

import dev.mynalab.ca.store.RevocationReason;
import java.math.BigInteger;
import java.time.Instant;

/**
 * One revokedCertificates entry.
 *
 * @param revokedAt revocationDate: when the CA processed the revocation
 * @param invalidFrom the invalidityDate entry extension (RFC 5280 §5.3.2): when the certificate
 *     became invalid, earlier than {@code revokedAt} for an event recorded late (a 届出 filed days
 *     after the death); null when the two coincide and the extension is left out
 */
public record CrlEntry(
    BigInteger serial, Instant revokedAt, RevocationReason reason, Instant invalidFrom) {

  /** An entry without invalidityDate. */
  public CrlEntry(BigInteger serial, Instant revokedAt, RevocationReason reason) {
    this(serial, revokedAt, reason, null);
  }
}
