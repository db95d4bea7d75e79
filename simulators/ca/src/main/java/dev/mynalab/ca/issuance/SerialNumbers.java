package dev.mynalab.ca.issuance;

import java.math.BigInteger;
import java.util.SplittableRandom;

/**
 * Certificate serial numbers with seeded variation (DESIGN.md principle 8): RFC 5280 allows any
 * positive integer up to 20 octets, and relying parties must not assume the 4 octets of the real
 * cards, so the length varies per certificate between {@code minBytes} and {@code maxBytes}, drawn
 * from the world seed's {@code ca.serials} stream. Always positive, never with a leading zero octet
 * beyond the sign.
 */
public final class SerialNumbers {

  private final SplittableRandom random;
  private final int minBytes;
  private final int maxBytes;

  public SerialNumbers(SplittableRandom random, int minBytes, int maxBytes) {
    if (minBytes < 1 || maxBytes > 20 || minBytes > maxBytes) {
      throw new IllegalArgumentException(
          "serial length must satisfy 1 <= min <= max <= 20, got " + minBytes + ".." + maxBytes);
    }
    this.random = random;
    this.minBytes = minBytes;
    this.maxBytes = maxBytes;
  }

  /** The next candidate serial; the caller checks uniqueness per issuer. */
  public synchronized BigInteger next() {
    int length = minBytes + random.nextInt(maxBytes - minBytes + 1);
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) random.nextInt(256);
    }
    bytes[0] = (byte) (1 + random.nextInt(0x7f)); // 0x01..0x7f: positive, exactly length octets
    return new BigInteger(1, bytes);
  }
}
