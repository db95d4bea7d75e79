package dev.mynalab.medical.insurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mynalab.kit.problem.ProblemException;
import dev.mynalab.medical.MedicalRefusal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PaperDocumentsTest {

  private final InsuranceRegistry registry = InsuranceRegistry.fromFixture();
  private final InsuranceRegistry.Enrolment e =
      registry.enrol("p1", "06139999", "1", "2", LocalDate.of(2015, 4, 1), null);

  @Test
  void noNewPaperCardFrom20241202() {
    assertThat(PaperDocuments.issueCard(e, LocalDate.of(2024, 12, 1), LocalDate.of(2027, 3, 31)))
        .isNotNull();
    assertThatThrownBy(
            () -> PaperDocuments.issueCard(e, LocalDate.of(2024, 12, 2), LocalDate.of(2027, 3, 31)))
        .isInstanceOfSatisfying(MedicalRefusal.class, x -> assertThat(x.rule()).isEqualTo("HI-03"));
  }

  @Test
  void anExistingCardWorksUntilItsPrintedExpiryButNoLaterThan20251201() {
    var longCard = PaperDocuments.issueCard(e, LocalDate.of(2023, 4, 1), LocalDate.of(2027, 3, 31));
    var shortCard =
        PaperDocuments.issueCard(e, LocalDate.of(2023, 4, 1), LocalDate.of(2025, 7, 31));
    assertThat(PaperDocuments.usable(longCard, LocalDate.of(2025, 12, 1))).isTrue();
    assertThat(PaperDocuments.usable(longCard, LocalDate.of(2025, 12, 2))).isFalse();
    assertThat(PaperDocuments.usable(shortCard, LocalDate.of(2025, 7, 31))).isTrue();
    assertThat(PaperDocuments.usable(shortCard, LocalDate.of(2025, 8, 1))).isFalse();
  }

  @Test
  void anEligibilityCertificateIsValidAtMostFiveYears() {
    var c = PaperDocuments.issueCertificate(e, LocalDate.of(2025, 12, 2));
    assertThat(c.validUntil()).isEqualTo(LocalDate.of(2030, 12, 1));
    assertThat(c.validOn(LocalDate.of(2030, 12, 1))).isTrue();
    assertThat(c.validOn(LocalDate.of(2030, 12, 2))).isFalse();
    var ending =
        registry.enrol(
            "p2", "06139999", "1", "3", LocalDate.of(2015, 4, 1), LocalDate.of(2026, 3, 31));
    assertThat(PaperDocuments.issueCertificate(ending, LocalDate.of(2025, 12, 2)).validUntil())
        .isEqualTo(LocalDate.of(2026, 3, 31));
    assertThatThrownBy(() -> PaperDocuments.issueCertificate(e, LocalDate.of(2024, 12, 1)))
        .isInstanceOf(MedicalRefusal.class);
  }

  @Test
  void enrolmentsNameTheirBadField() {
    assertThatThrownBy(
            () -> registry.enrol("p", "99999999", "1", "2", LocalDate.of(2020, 1, 1), null))
        .isInstanceOfSatisfying(
            ProblemException.class,
            x -> assertThat(x.problem().pointer()).isEqualTo("/insurerNumber"));
    assertThatThrownBy(
            () ->
                registry.enrol(
                    "p", "06139999", "1", "2", LocalDate.of(2020, 1, 1), LocalDate.of(2019, 1, 1)))
        .isInstanceOfSatisfying(
            ProblemException.class, x -> assertThat(x.problem().pointer()).isEqualTo("/to"));
  }
}
