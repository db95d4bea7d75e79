package dev.mynalab.kit.random;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * A SecureRandom whose output is fixed by a 64-bit seed: SHA-256 in counter mode. It exists so that
 * TEST keys and serial numbers replay from the world seed. It is not a DRBG for real keys, and its
 * name says so in every stack trace.
 */
final class DeterministicSecureRandom extends SecureRandom {

  private static final long serialVersionUID = 1L;

  private final byte[] seed;
  private long counter;
  private final byte[] block = new byte[32];
  private int used = block.length;

  DeterministicSecureRandom(long seed) {
    super(new byte[0]);
    this.seed = ByteBuffer.allocate(Long.BYTES).putLong(seed).array();
  }

  @Override
  public synchronized void nextBytes(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (used == block.length) {
        refill();
      }
      bytes[i] = block[used++];
    }
  }

  @Override
  public byte[] generateSeed(int numBytes) {
    byte[] out = new byte[numBytes];
    nextBytes(out);
    return out;
  }

  /** Seeding again is ignored: the stream is fixed by the world seed alone. */
  @Override
  public void setSeed(long ignored) {}

  @Override
  public void setSeed(byte[] ignored) {}

  @Override
  public String getAlgorithm() {
    return "mynalab-TEST-ONLY-SHA256-CTR";
  }

  private void refill() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(seed);
      sha.update(ByteBuffer.allocate(Long.BYTES).putLong(counter++).array());
      byte[] next = sha.digest();
      System.arraycopy(next, 0, block, 0, block.length);
      used = 0;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the Java platform", e);
    }
  }
}
