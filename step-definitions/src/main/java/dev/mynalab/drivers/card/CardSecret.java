package dev.mynalab.drivers.card;

import dev.mynalab.card.applet.Aids;
import dev.mynalab.card.client.CardClient;
import dev.mynalab.card.personalisation.Pins;
import dev.mynalab.card.personalisation.SecretRef;

/** The holder's four PINs by their names on the 暗証番号設定依頼書 (domain-rules PN-01). */
public enum CardSecret {
  /** 利用者証明用電子証明書の暗証番号: 4 digits, 3 tries. */
  AUTHENTICATION(Aids.JPKI, 0x18, 3, SecretRef.AUTH_PIN),
  /** 署名用電子証明書の暗証番号 (署名用パスワード): 6–16 characters, 5 tries. */
  SIGNING(Aids.JPKI, 0x1B, 5, SecretRef.SIGN_PASSWORD),
  /** 券面事項入力補助用の暗証番号: 4 digits, 3 tries. */
  TEXT(Aids.NYURYOKU_HOJO, 0x11, 3, SecretRef.TEXT_PIN),
  /** 住民基本台帳用の暗証番号: 4 digits, 3 tries. */
  JUKI(Aids.JUKI, 0x1C, 3, SecretRef.JUKI_PIN);

  private final byte[] aid;
  private final int fid;
  private final int tries;
  private final SecretRef ref;

  CardSecret(byte[] aid, int fid, int tries, SecretRef ref) {
    this.aid = aid;
    this.fid = fid;
    this.tries = tries;
    this.ref = ref;
  }

  public byte[] aid() {
    return aid;
  }

  public int fid() {
    return fid;
  }

  /** Consecutive wrong entries that lock it. */
  public int tries() {
    return tries;
  }

  /** The issuer's name for it (PIN reset, PN-02). */
  public SecretRef ref() {
    return ref;
  }

  /** Its value in {@code pins}. */
  public String valueIn(Pins pins) {
    return switch (this) {
      case AUTHENTICATION -> pins.authPin();
      case SIGNING -> pins.signPassword();
      case TEXT -> pins.textPin();
      case JUKI -> pins.jukiPin();
    };
  }

  /** Whether the card reports every retry counter full (nothing mistyped since issuance). */
  static boolean allCountersFull(CardClient client) {
    for (CardSecret s : values()) {
      client.selectAp(s.aid());
      if (client.triesLeft(s.fid()) != s.tries()) {
        return false;
      }
    }
    return true;
  }
}
