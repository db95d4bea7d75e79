package dev.mynalab.ca.store;

import java.time.Instant;

/**
 * A revocation as CRLs and OCSP report it.
 *
 * @param at revocationDate (seconds)
 * @param reason the CRLReason
 * @param sequence the store's revocation counter at this revocation: delta CRLs list the
 *     revocations newer than their base
 * @param cause the JPKI event in words, e.g. {@code 一時停止 (EC-05)}
 */
public record Revocation(Instant at, RevocationReason reason, long sequence, String cause) {}
