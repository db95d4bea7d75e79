package dev.mynalab.card.applet.kenmen;

import dev.mynalab.card.applet.MynaApplet;
import dev.mynalab.card.applet.PinFile;

/**
 * 券面AP (券面事項確認AP, AID {@code D3 92 10 00 31 00 01 01 04 02}), card-interface.md §2.3 and §6:
 *
 * <ul>
 *   <li>EF 0001 生年月日 record ({@code FF10}): 生年月日 key 0011 (6 digits, era YYMMDD);
 *   <li>EF 0002 the card face ({@code FF20}: DF21 offsets, DF22 DOB, DF23 sex, DF24 public key,
 *       DF25 name image, DF26 address image, DF27 face photo, DF28 signature, DF29 expiry, DF2A
 *       security-code image): 照合番号A (0013) or B (0012);
 *   <li>EF 0003 AP basic info (free); EF 0005 the 個人番号 image: 照合番号A only.
 * </ul>
 *
 * The card face is what was printed at issuance; a later address change is written to the 追記欄 on
 * the plastic and to the 券面事項入力補助AP, not here, so these EFs are not updatable after issuance.
 */
public final class KenmenApplet extends MynaApplet {

  /** Tries of 照合番号A/B and the 生年月日 key (10: card-interface.md §3, digital.go.jp for B). */
  public static final byte TRIES = 10;

  private KenmenApplet(byte[] params, short off, byte len) {
    super(params, off, len, (byte) 4, (byte) 3);
    short dob = addPin((short) 0x0011, TRIES, (byte) 6, (byte) 6, PinFile.FORMAT_DIGITS, false);
    short b = addPin((short) 0x0012, TRIES, (byte) 14, (byte) 14, PinFile.FORMAT_DIGITS, false);
    short a = addPin((short) 0x0013, TRIES, (byte) 12, (byte) 12, PinFile.FORMAT_DIGITS, false);
    addFile((short) 0x0001, (short) 600, dob, (byte) 0);
    addFile((short) 0x0002, (short) 8192, (short) (a | b), (byte) 0);
    addFile((short) 0x0003, (short) 256, (short) 0, (byte) 0);
    addFile((short) 0x0005, (short) 2048, a, (byte) 0);
  }

  public static void install(byte[] params, short off, byte len) {
    new KenmenApplet(params, off, len);
  }
}
