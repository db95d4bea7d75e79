package dev.mynalab.card.personalisation;

/** The two JPKI key pairs on the card (card-interface.md §2.1). */
public enum KeyPurpose {
  /** 利用者証明用, key EF 0017, PIN 0018. */
  AUTHENTICATION(0x17),
  /** 署名用, key EF 001A, password 001B. */
  SIGNING(0x1A);

  private final int keyFid;

  KeyPurpose(int keyFid) {
    this.keyFid = keyFid;
  }

  public int keyFid() {
    return keyFid;
  }
}
