package dev.mynalab.relyingparty.signing;

/**
 * The two key pairs of the 公的個人認証AP (card-interface.md §2.1) with the certificate and the secret
 * that go with each: the 署名用 key 001A (certificate EF 0001, 署名用パスワード 001B — needed to read the
 * certificate too) and the 利用者証明用 key 0017 (certificate EF 000A, free to read; PIN 0018).
 */
public enum JpkiKey {
  SIGNING(0x001A, 0x0001, 0x001B, true),
  USER_AUTHENTICATION(0x0017, 0x000A, 0x0018, false);

  private final int keyFid;
  private final int certificateFid;
  private final int pinFid;
  private final boolean pinBeforeCertificate;

  JpkiKey(int keyFid, int certificateFid, int pinFid, boolean pinBeforeCertificate) {
    this.keyFid = keyFid;
    this.certificateFid = certificateFid;
    this.pinFid = pinFid;
    this.pinBeforeCertificate = pinBeforeCertificate;
  }

  public int keyFid() {
    return keyFid;
  }

  public int certificateFid() {
    return certificateFid;
  }

  public int pinFid() {
    return pinFid;
  }

  /** Whether the certificate EF opens only after the secret (the 署名用 certificate does). */
  public boolean pinBeforeCertificate() {
    return pinBeforeCertificate;
  }
}
