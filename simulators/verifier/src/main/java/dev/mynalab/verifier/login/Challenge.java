package dev.mynalab.verifier.login;

import java.time.Instant;

/** A login challenge: random bytes the card signs with its 利用者証明用 key, once, before expiry. */
public record Challenge(String id, byte[] nonce, Instant issuedAt, Instant expiresAt) {}
