package dev.mynalab.drivers.card;

import dev.mynalab.card.applet.Aids;

/** The holder's four PINs by their names on the 暗証番号設定依頼書 (domain-rules PN-01). */
public enum CardSecret {
  /** 利用者証明用電子証明書の暗証番号: 4 digits, 3 tries. */
  AUTHENTICATION(Aids.JPKI, 0x18, 3),
  /** 署名用電子証明書の暗証番号 (署名用パスワード): 6–16 characters, 5 tries. */
  SIGNING(Aids.JPKI, 0x1B, 5),
  /** 券面事項入力補助用の暗証番号: 4 digits, 3 tries. */
  TEXT(Aids.NYURYOKU_HOJO, 0x11, 3),
  /** 住民基本台帳用の暗証番号: 4 digits, 3 tries. */
  JUKI(Aids.JUKI, 0x1C, 3);

  private final byte[] aid;
  private final int fid;
  private final int tries;

  CardSecret(byte[] aid, int fid, int tries) {
    this.aid = aid;
    this.fid = fid;
    this.tries = tries;
  }

  byte[] aid() {
    return aid;
  }

  int fid() {
    return fid;
  }

  /** Consecutive wrong entries that lock it. */
  public int tries() {
    return tries;
  }
}
