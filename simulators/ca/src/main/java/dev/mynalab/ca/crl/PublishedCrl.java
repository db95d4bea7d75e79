package dev.mynalab.ca.crl;

import java.math.BigInteger;
import java.time.Instant;

/**
 * One signed CRL as published.
 *
 * @param baseSequence the store's revocation sequence covered: a full CRL lists every revocation up
 *     to it, a delta lists those after its base's
 * @param baseNumber for a delta, the cRLNumber of its base (deltaCRLIndicator); null for a full
 */
public record PublishedCrl(
    CrlPartition partition,
    byte[] der,
    BigInteger number,
    Instant thisUpdate,
    Instant nextUpdate,
    long baseSequence,
    BigInteger baseNumber,
    int entries) {

  public boolean isDelta() {
    return baseNumber != null;
  }

  /** The file name in exports and URLs, e.g. {@code auth-g03-01106.crl}. */
  public String fileName() {
    return partition.id() + (isDelta() ? "-delta" : "") + ".crl";
  }
}
