package dev.mynalab.card.fuzz;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes fuzz APDUs from a corpus of well-formed commands: byte flips, header swaps with interesting
 * values, wrong Lc/Le, truncation and extension, extended-length forms, and pure random byte
 * strings. Deterministic for a given {@link SplittableRandom}.
 */
final class ApduMutator {

  private static final int[] INTERESTING_CLA = {0x00, 0x80, 0x84, 0x0C, 0x01, 0x10, 0xFF, 0x8C};
  private static final int[] INTERESTING_INS = {
    0xA4, 0xB0, 0x20, 0x24, 0x2A, 0xC0, 0x50, 0x82, 0xD6, 0x0E, 0x46, 0xF0, 0x32, 0xB8, 0x88, 0x84,
    0xCA, 0xB2, 0x00, 0xFF
  };
  private static final int[] INTERESTING_P = {
    0x00, 0x01, 0x02, 0x04, 0x0C, 0x7F, 0x80, 0x8A, 0x97, 0x98, 0x9A, 0x9B, 0x9C, 0xFF
  };

  private final SplittableRandom random;
  private final List<byte[]> corpus;

  ApduMutator(SplittableRandom random, List<byte[]> corpus) {
    this.random = random;
    this.corpus = corpus;
  }

  byte[] next() {
    int kind = random.nextInt(100);
    if (kind < 8) {
      byte[] r = new byte[random.nextInt(0, 300)];
      random.nextBytes(r);
      return r;
    }
    byte[] base = corpus.get(random.nextInt(corpus.size())).clone();
    if (kind < 25) {
      return base; // well-formed corpus command as is
    }
    int mutations = 1 + random.nextInt(3);
    for (int i = 0; i < mutations; i++) {
      base = mutate(base);
    }
    return base;
  }

  private byte[] mutate(byte[] c) {
    switch (random.nextInt(9)) {
      case 0 -> {
        if (c.length > 0) {
          c[random.nextInt(c.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return c;
      }
      case 1 -> {
        if (c.length > 0) {
          c[0] = (byte) INTERESTING_CLA[random.nextInt(INTERESTING_CLA.length)];
        }
        return c;
      }
      case 2 -> {
        if (c.length > 1) {
          c[1] = (byte) INTERESTING_INS[random.nextInt(INTERESTING_INS.length)];
        }
        return c;
      }
      case 3 -> {
        if (c.length > 3) {
          c[2 + random.nextInt(2)] = (byte) INTERESTING_P[random.nextInt(INTERESTING_P.length)];
        }
        return c;
      }
      case 4 -> {
        return Arrays.copyOf(c, random.nextInt(0, c.length + 1)); // truncate
      }
      case 5 -> {
        byte[] longer = Arrays.copyOf(c, c.length + random.nextInt(1, 40));
        for (int i = c.length; i < longer.length; i++) {
          longer[i] = (byte) random.nextInt(256);
        }
        return longer;
      }
      case 6 -> {
        if (c.length > 4) {
          c[4] = (byte) random.nextInt(256); // Lc or Le lies
        }
        return c;
      }
      case 7 -> {
        // extended length form of the same header and data
        byte[] data = c.length > 5 ? Arrays.copyOfRange(c, 5, c.length) : new byte[0];
        byte[] e = new byte[7 + data.length + (random.nextBoolean() ? 2 : 0)];
        System.arraycopy(c, 0, e, 0, Math.min(4, c.length));
        e[5] = (byte) (data.length >> 8);
        e[6] = (byte) data.length;
        System.arraycopy(data, 0, e, 7, data.length);
        return e;
      }
      default -> {
        if (c.length > 5) {
          int i = 5 + random.nextInt(c.length - 5);
          c[i] = (byte) random.nextInt(256);
        }
        return c;
      }
    }
  }
}
