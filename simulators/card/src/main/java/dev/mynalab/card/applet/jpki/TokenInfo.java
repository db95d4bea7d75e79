package dev.mynalab.card.applet.jpki;

import javacard.framework.Util;

/**
 * EF 0006 of the JPKI AP: a PKCS#11 {@code CK_TOKEN_INFO} with 32-bit big-endian ULONGs, 160 bytes,
 * label {@code JPKIAPICCTOKEN2} space-padded (card-interface.md §2.1, §4.1: {@code myna} reads its
 * first 0x20 bytes to tell a My Number Card from a 住基カード).
 */
final class TokenInfo {

  static final byte[] LABEL = {
    'J', 'P', 'K', 'I', 'A', 'P', 'I', 'C', 'C', 'T', 'O', 'K', 'E', 'N', '2'
  };
  private static final byte[] MANUFACTURER = {
    'm', 'y', 'n', 'a', 'l', 'a', 'b', ' ', 'T', 'E', 'S', 'T'
  };
  private static final byte[] MODEL = {'M', 'Y', 'N', 'A', '-', 'S', 'I', 'M'};

  private TokenInfo() {}

  static byte[] build(byte[] serial) {
    byte[] b = new byte[160];
    Util.arrayFillNonAtomic(b, (short) 0, (short) 96, (byte) ' ');
    Util.arrayCopyNonAtomic(LABEL, (short) 0, b, (short) 0, (short) LABEL.length);
    Util.arrayCopyNonAtomic(MANUFACTURER, (short) 0, b, (short) 32, (short) MANUFACTURER.length);
    Util.arrayCopyNonAtomic(MODEL, (short) 0, b, (short) 64, (short) MODEL.length);
    Util.arrayCopyNonAtomic(serial, (short) 0, b, (short) 80, (short) 16);
    short p = 96;
    p =
        ulong(
            b,
            p,
            0x0000040D); // CKF_RNG | LOGIN_REQUIRED | USER_PIN_INITIALIZED | TOKEN_INITIALIZED
    p = ulong(b, p, 0xFFFFFFFF); // ulMaxSessionCount: CK_UNAVAILABLE_INFORMATION
    p = ulong(b, p, 0xFFFFFFFF);
    p = ulong(b, p, 0xFFFFFFFF);
    p = ulong(b, p, 0xFFFFFFFF);
    p = ulong(b, p, 16); // ulMaxPinLen
    p = ulong(b, p, 6); // ulMinPinLen (of the 署名用パスワード)
    for (short i = 0; i < 4; i++) {
      p = ulong(b, p, 0xFFFFFFFF); // memory: unavailable
    }
    b[p++] = 1; // hardwareVersion 1.0
    b[p++] = 0;
    b[p++] = 1; // firmwareVersion 1.0
    b[p++] = 0;
    Util.arrayFillNonAtomic(b, p, (short) 16, (byte) ' '); // utcTime: no clock on the card
    return b;
  }

  private static short ulong(byte[] b, short p, int v) {
    Util.setShort(b, p, (short) (v >>> 16));
    Util.setShort(b, (short) (p + 2), (short) v);
    return (short) (p + 4);
  }
}
