package dev.mynalab.card.personalisation;

import dev.mynalab.kit.random.WorldSeed;
import java.nio.ByteBuffer;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * A deterministic SecureRandom for TEST key generation: SHA1PRNG seeded, before first use, with the
 * world seed's 64-bit value for {@code purpose} (so keys replay from the seed). Chosen over the
 * kit's {@code WorldSeed.secureRandom} here only for speed: an RSA-2048 key pair takes ~0.2 s
 * instead of ~1.4 s, which matters because {@code card serve} and the tests make five of them.
 */
final class TestRandom {

  private TestRandom() {}

  static SecureRandom forPurpose(WorldSeed seed, String purpose) {
    try {
      SecureRandom r = SecureRandom.getInstance("SHA1PRNG");
      r.setSeed(ByteBuffer.allocate(Long.BYTES).putLong(seed.derive(purpose)).array());
      return r;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA1PRNG is required by the Java platform", e);
    }
  }
}
