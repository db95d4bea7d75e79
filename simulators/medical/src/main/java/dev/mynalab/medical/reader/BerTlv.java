package dev.mynalab.medical.reader;

import java.util.Optional;

/**
 * Just enough BER-TLV to find one data object in the 券面AP's card-face record (card-interface.md
 * §2.3: {@code FF20{DF21 … DF27 photo …}}), as client software reads it.
 */
final class BerTlv {

  private BerTlv() {}

  /**
   * The value of {@code tag} inside the constructed object {@code outer}, searched one level deep.
   */
  static Optional<byte[]> find(byte[] data, int outer, int tag) {
    int[] o = header(data, 0);
    if (o == null || o[0] != outer) {
      return Optional.empty();
    }
    int pos = o[1];
    int end = Math.min(data.length, o[1] + o[2]);
    while (pos < end) {
      int[] h = header(data, pos);
      if (h == null || h[1] + h[2] > data.length) {
        return Optional.empty();
      }
      if (h[0] == tag) {
        byte[] v = new byte[h[2]];
        System.arraycopy(data, h[1], v, 0, h[2]);
        return Optional.of(v);
      }
      pos = h[1] + h[2];
    }
    return Optional.empty();
  }

  /** {tag, value offset, length} at {@code pos}, or null when malformed. */
  private static int[] header(byte[] d, int pos) {
    if (pos >= d.length) {
      return null;
    }
    int tag = d[pos++] & 0xFF;
    if ((tag & 0x1F) == 0x1F) {
      int b;
      do {
        if (pos >= d.length) {
          return null;
        }
        b = d[pos++] & 0xFF;
        tag = (tag << 8) | b;
      } while ((b & 0x80) != 0);
    }
    if (pos >= d.length) {
      return null;
    }
    int len = d[pos++] & 0xFF;
    if (len > 0x80) {
      int n = len & 0x7F;
      if (n > 3 || pos + n > d.length) {
        return null;
      }
      len = 0;
      for (int i = 0; i < n; i++) {
        len = (len << 8) | (d[pos++] & 0xFF);
      }
    } else if (len == 0x80) {
      return null;
    }
    return new int[] {tag, pos, len};
  }
}
