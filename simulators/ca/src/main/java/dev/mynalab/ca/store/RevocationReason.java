package dev.mynalab.ca.store;

import org.bouncycastle.asn1.x509.CRLReason;

/**
 * Why a certificate was revoked, in RFC 5280 CRLReason terms, with the JPKI event that leads to it
 * (domain-rules.md EC-04, EC-05, LV-02, OS-02).
 */
public enum RevocationReason {
  /** The holder asked, or no more specific reason applies (encoded by omitting reasonCode). */
  UNSPECIFIED(CRLReason.unspecified),
  /**
   * A key compromise was reported, or a 一時停止 after loss (EC-05): the card may be in other hands.
   * Not certificateHold, because lifting the suspension does not restore the certificate.
   */
  KEY_COMPROMISE(CRLReason.keyCompromise),
  /** A change of the 基本4情報 (EC-04) or moving abroad (OS-02): the subject's facts changed. */
  AFFILIATION_CHANGED(CRLReason.affiliationChanged),
  /** Replaced by a renewal or re-issue. */
  SUPERSEDED(CRLReason.superseded),
  /** The holder died (LV-02) or the card lapsed. */
  CESSATION_OF_OPERATION(CRLReason.cessationOfOperation);

  private final int code;

  RevocationReason(int code) {
    this.code = code;
  }

  /** The RFC 5280 CRLReason value. */
  public int code() {
    return code;
  }
}
