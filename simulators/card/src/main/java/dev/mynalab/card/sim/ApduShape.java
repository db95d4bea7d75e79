package dev.mynalab.card.sim;

/**
 * ISO 7816-3 §12.1 command shapes: whether a byte string is a well-formed command APDU at all (case
 * 1, 2S/3S/4S, 2E/3E/4E). Malformed strings are answered 6700 at the card boundary and never reach
 * the applets or jcardsim's parser.
 */
final class ApduShape {

  private ApduShape() {}

  static boolean wellFormed(byte[] c) {
    int n = c.length;
    if (n < 4) {
      return false;
    }
    if (n <= 5) {
      return true; // case 1, case 2S
    }
    int b4 = c[4] & 0xFF;
    if (b4 != 0) {
      return n == 5 + b4 || n == 6 + b4; // 3S, 4S
    }
    if (n < 7) {
      return false; // b4 = 00 opens an extended length field of 2 more bytes
    }
    if (n == 7) {
      return true; // 2E
    }
    int lc = ((c[5] & 0xFF) << 8) | (c[6] & 0xFF);
    return lc != 0 && (n == 7 + lc || n == 9 + lc); // 3E, 4E
  }
}
