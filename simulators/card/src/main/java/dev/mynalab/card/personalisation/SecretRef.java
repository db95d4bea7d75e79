package dev.mynalab.card.personalisation;

import dev.mynalab.card.applet.Aids;

/** Every secret on the card: which AP holds it, its FID, and its holder-facing name. */
public enum SecretRef {
  /** 利用者証明用暗証番号, 4 digits, 3 tries (PN-01 (b)). */
  AUTH_PIN(Aids.JPKI, 0x18),
  /** 署名用パスワード, 6–16 A–Z0–9, 5 tries (PN-01 (a)). */
  SIGN_PASSWORD(Aids.JPKI, 0x1B),
  /** 券面事項入力補助用暗証番号, 4 digits, 3 tries (PN-01 (d)). */
  TEXT_PIN(Aids.NYURYOKU_HOJO, 0x11),
  /** 照合番号A of the 券面事項入力補助AP (the 12-digit 個人番号). */
  TEXT_A(Aids.NYURYOKU_HOJO, 0x14),
  /** 照合番号B of the 券面事項入力補助AP. */
  TEXT_B(Aids.NYURYOKU_HOJO, 0x15),
  /** 生年月日 key of the 券面AP (era YYMMDD). */
  KENMEN_DOB(Aids.KENMEN, 0x11),
  /** 照合番号B of the 券面AP. */
  KENMEN_B(Aids.KENMEN, 0x12),
  /** 照合番号A of the 券面AP. */
  KENMEN_A(Aids.KENMEN, 0x13),
  /** 住民基本台帳用暗証番号, 4 digits, 3 tries (PN-01 (c)). */
  JUKI_PIN(Aids.JUKI, 0x1C);

  private final byte[] aid;
  private final int fid;

  SecretRef(byte[] aid, int fid) {
    this.aid = aid;
    this.fid = fid;
  }

  public byte[] aid() {
    return aid.clone();
  }

  public int fid() {
    return fid;
  }
}
