package dev.mynalab.card.personalisation;

/** The certificate EFs of the JPKI AP (card-interface.md §2.1). */
public enum CertificateSlot {
  /** EF 0001 署名用証明書 (READ needs the 署名用パスワード). */
  SIGNING(0x0001),
  /** EF 0002 署名用CA証明書. */
  SIGNING_CA(0x0002),
  /** EF 000A 利用者証明用証明書. */
  AUTHENTICATION(0x000A),
  /** EF 000B 利用者証明用CA証明書. */
  AUTHENTICATION_CA(0x000B);

  private final int fid;

  CertificateSlot(int fid) {
    this.fid = fid;
  }

  public int fid() {
    return fid;
  }
}
