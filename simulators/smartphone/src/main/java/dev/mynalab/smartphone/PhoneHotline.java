package dev.mynalab.smartphone;

import dev.mynalab.ca.JpkiCertificateAuthority;
import dev.mynalab.ca.store.CertificateRecord;
import dev.mynalab.kit.journal.Journal;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * マイナンバーカード総合フリーダイヤル for a lost phone (SP-04 source: a lost phone's certificates are suspended
 * through the same hotline as a card's, EC-05): both phone certificates are revoked (keyCompromise,
 * as for a card's 一時停止). The card and its certificates are not touched — the phone is a separate
 * device.
 */
public final class PhoneHotline {

  private final Supplier<JpkiCertificateAuthority> ca;
  private final Journal journal;

  public PhoneHotline(Supplier<JpkiCertificateAuthority> ca, Journal journal) {
    this.ca = ca;
    this.journal = journal;
  }

  /**
   * Suspends the phone's certificates after a loss.
   *
   * @return the certificates revoked (empty when none was active)
   * @throws SmartphoneRefused when the phone holds no certificates
   */
  public List<CertificateRecord> reportLost(Smartphone phone) {
    String reference =
        phone
            .holderReference()
            .orElseThrow(
                () ->
                    new SmartphoneRefused(
                        "SP-04", "/phone", "no phone certificates are loaded on " + phone.id()));
    List<CertificateRecord> revoked = ca.get().revocations().suspendAfterLoss(reference);
    phone.markLost();
    journal.record(
        "smartphone",
        "phone-lost",
        "lost phone " + phone.id() + ": " + revoked.size() + " certificate(s) suspended (EC-05)",
        Map.of("phone", phone.id(), "holder", reference));
    return revoked;
  }
}
