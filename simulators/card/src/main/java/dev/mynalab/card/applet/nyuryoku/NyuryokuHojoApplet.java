package dev.mynalab.card.applet.nyuryoku;

import dev.mynalab.card.applet.ElementaryFile;
import dev.mynalab.card.applet.MynaApplet;
import dev.mynalab.card.applet.PinFile;

/**
 * 券面事項入力補助AP (AID {@code D3 92 10 00 31 00 01 01 04 08}), card-interface.md §2.2 and §6:
 *
 * <ul>
 *   <li>EF 0001 個人番号 {@code FF 10 0C <12 digits> FF FF}: PIN 0011 or 照合番号A;
 *   <li>EF 0002 基本4情報 ({@code FF20} TLV: DF21 offsets, DF22 氏名, DF23 住所, DF24 生年月日, DF25 性別): PIN
 *       0011 or 照合番号B — rewritten after issuance when the address changes (追記), which needs the
 *       issuer and the holder's 住基 PIN;
 *   <li>EF 0003 integrity record (SHA-256 of 0001 and of 0002 from DF22, RSA signature): PIN or A
 *       or B;
 *   <li>PIN 0011 (4 digits, 3 tries), 照合番号A 0014 (the 12-digit 個人番号), 照合番号B 0015 (era DOB YYMMDD +
 *       expiry year + 4-digit security code, 10 tries).
 * </ul>
 */
public final class NyuryokuHojoApplet extends MynaApplet {

  /** Tries of 照合番号A: no public source gives it (card-interface.md §8 item 7); 10 like B. */
  public static final byte TRIES_A = 10;

  /** Tries of 照合番号B (card-interface.md §3). */
  public static final byte TRIES_B = 10;

  private NyuryokuHojoApplet(byte[] params, short off, byte len) {
    super(params, off, len, (byte) 3, (byte) 3);
    short pin = addPin((short) 0x0011, (byte) 3, (byte) 4, (byte) 4, PinFile.FORMAT_DIGITS, true);
    short a = addPin((short) 0x0014, TRIES_A, (byte) 12, (byte) 12, PinFile.FORMAT_DIGITS, false);
    short b = addPin((short) 0x0015, TRIES_B, (byte) 14, (byte) 14, PinFile.FORMAT_DIGITS, false);
    addFile((short) 0x0001, (short) 17, (short) (pin | a), (byte) 0);
    addFile(
        (short) 0x0002,
        (short) 512,
        (short) (pin | b),
        (byte) (ElementaryFile.UPDATABLE_AFTER_ISSUANCE | ElementaryFile.NEEDS_HOLDER_CONSENT));
    addFile(
        (short) 0x0003,
        (short) 336,
        (short) (pin | a | b),
        (byte) (ElementaryFile.UPDATABLE_AFTER_ISSUANCE | ElementaryFile.NEEDS_HOLDER_CONSENT));
  }

  public static void install(byte[] params, short off, byte len) {
    new NyuryokuHojoApplet(params, off, len);
  }
}
