package dev.mynalab.ca.revocation;

import dev.mynalab.ca.store.CertificateRecord;
import java.time.Instant;
import java.util.List;

/**
 * What the resident registry's notifications (住基ネット → 機構) and the 一時停止 hotline drive. Each method
 * revokes the holder's active certificates that the rule names and returns them; a holder with
 * nothing active gets an empty list (notifications may repeat).
 */
public interface RevocationPort {

  /** 一時停止 after a loss, phoned in (EC-05): revokes both certificates, keyCompromise. */
  List<CertificateRecord> suspendAfterLoss(String holderReference);

  /**
   * A change of name, address, date of birth or sex, including 住居表示の実施 (EC-04, MV-01/02): revokes
   * the signing certificate, affiliationChanged; the user certificate continues.
   */
  List<CertificateRecord> basicFourChanged(String holderReference);

  /** Moving abroad (OS-02): the signing certificate is revoked, affiliationChanged. */
  List<CertificateRecord> emigrated(String holderReference);

  /** Death (LV-02): every certificate, cessationOfOperation. */
  List<CertificateRecord> died(String holderReference);

  /** The card lapsed (返納, 90-day rule, re-issue of the card …): both, cessationOfOperation. */
  List<CertificateRecord> cardLapsed(String holderReference);

  /**
   * The same revocations for an event that took effect before it reached the CA (a 死亡届 filed days
   * after the death, a 転居 recorded late): each certificate is revoked now (revocationDate /
   * revocationTime = when the CA processed it, RFC 5280 §5.3.1) and carries {@code invalidFrom} as
   * its invalidityDate (RFC 5280 §5.3.2; an OCSP singleExtension, RFC 6960 §4.4), so a verifier
   * judging a signature made after that instant treats it as revoked. {@code invalidFrom} not
   * before now: no invalidityDate.
   */
  RevocationPort invalidSince(Instant invalidFrom);
}
