package dev.mynalab.registry.notify;

import java.time.LocalDate;

/**
 * What the register tells the issuing authority (J-LIS, the 署名用/利用者証明用 CAs) when a fact changes
 * that certificates depend on. The CA simulator subscribes through {@link
 * IssuingAuthorityNotifications} and revokes accordingly; the register does not know the
 * certificates, only the person.
 */
public sealed interface IssuingAuthorityNotification {

  /** The register's stable person key. */
  String personId();

  /** The 住民票コード at the time of the notification. */
  String residentCode();

  /** The My Number the person's certificates were issued under (before a change, the old one). */
  String myNumber();

  /** The day the revocation takes effect. */
  LocalDate effectiveOn();

  /** Why, in the register's words. */
  Reason reason();

  /** The rule that demands it, e.g. {@code EC-04}. */
  String ruleId();

  /** True when the 署名用電子証明書 must be revoked. */
  boolean revokesSigningCertificate();

  /** True when the 利用者証明用電子証明書 must be revoked too. */
  boolean revokesUserCertificate();

  /** The causes the register knows. */
  enum Reason {
    NAME_CHANGED,
    ADDRESS_CHANGED,
    SEX_CHANGED,
    BIRTH_DATE_CHANGED,
    MOVED_ABROAD,
    DIED,
    CARD_LAPSED
  }

  /**
   * A change of one of the 4 basic facts (EC-04, MV-01, MV-02) or a departure abroad with the card
   * kept (OS-02): the signing certificate is revoked; the user certificate continues.
   */
  record SigningCertificateRevocation(
      String personId,
      String residentCode,
      String myNumber,
      LocalDate effectiveOn,
      Reason reason,
      String ruleId)
      implements IssuingAuthorityNotification {
    public boolean revokesSigningCertificate() {
      return true;
    }

    public boolean revokesUserCertificate() {
      return false;
    }
  }

  /** Death (LV-02) or a lapsed card (LV-03, LV-06, MV-03, MV-04): both certificates are revoked. */
  record AllCertificatesRevocation(
      String personId,
      String residentCode,
      String myNumber,
      LocalDate effectiveOn,
      Reason reason,
      String ruleId)
      implements IssuingAuthorityNotification {
    public boolean revokesSigningCertificate() {
      return true;
    }

    public boolean revokesUserCertificate() {
      return true;
    }
  }
}
