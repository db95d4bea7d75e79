package dev.mynalab.ca.crl;

import dev.mynalab.ca.store.RevocationReason;
import java.math.BigInteger;
import java.time.Instant;

/** One revokedCertificates entry. */
public record CrlEntry(BigInteger serial, Instant revokedAt, RevocationReason reason) {}
