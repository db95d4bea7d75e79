package dev.mynalab.medical.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.medical.MedicalRefusal;
import dev.mynalab.medical.MedicalTestWorld;
import dev.mynalab.medical.facility.MedicalFacility;
import dev.mynalab.registry.resident.Resident;
import dev.mynalab.world.authority.IssuedCard;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * EC-06 on one real card whose user certificate ends on 2024-10-01 (issued 2019-11-01, the 5th
 * birthday after issue): refused before 2024-12-02 even inside 3 months; from 2024-12-02 accepted,
 * without history sharing, through 2025-01-31 (end of the 3rd month after October); refused from
 * 2025-02-01.
 */
class ExpiredCertificateGraceTest {

  @Test
  void theGracePeriodExistsFrom20241202AndEndsWithTheThirdMonthAfterExpiry() {
    try (MedicalTestWorld w = new MedicalTestWorld(LocalDate.of(2019, 11, 1))) {
      Resident r = w.born("期限 太郎", LocalDate.of(1980, 10, 1));
      IssuedCard card = w.card(r, false);
      X509Certificate cert = w.reader().userCertificate(MedicalTestWorld.slot(card));
      w.insurance().enrol(r.personId(), "131011", null, "0012345", LocalDate.of(2019, 4, 1), null);
      MedicalFacility f =
          new MedicalFacility("TEST薬局", MedicalFacility.Kind.PHARMACY, LocalDate.of(2021, 10, 20));
      Identity visual = new Identity.Visual("薬剤師 TEST");

      w.to(LocalDate.of(2024, 11, 15));
      MedicalRefusal before = refusalOf(() -> w.service().check(f, cert, visual));
      assertThat(before.code()).isEqualTo("certificate-expired");
      assertThat(before.rule()).isEqualTo("EC-06");

      w.to(LocalDate.of(2024, 12, 2));
      EligibilityAnswer grace = w.service().check(f, cert, visual);
      assertThat(grace.eligible()).isTrue();
      assertThat(grace.historySharing()).isFalse();
      assertThat(grace.notes()).anySatisfy(n -> assertThat(n).contains("2025-01-31"));

      w.to(LocalDate.of(2025, 1, 31));
      assertThat(w.service().check(f, cert, visual).eligible()).isTrue();

      w.to(LocalDate.of(2025, 2, 1));
      assertThat(refusalOf(() -> w.service().check(f, cert, visual)).code())
          .isEqualTo("certificate-expired");
    }
  }

  private static MedicalRefusal refusalOf(Runnable r) {
    try {
      r.run();
    } catch (MedicalRefusal e) {
      return e;
    }
    throw new AssertionError("expected a refusal");
  }
}
