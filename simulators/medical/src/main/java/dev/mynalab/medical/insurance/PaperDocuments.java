package dev.mynalab.medical.insurance;

import dev.mynalab.medical.MedicalRefusal;
import java.time.LocalDate;

/**
 * The paper side of eligibility (HI-03): no new 健康保険証 (paper or plastic) from 2024-12-02; an
 * existing one stays usable until its printed expiry, <b>at the latest 2025-12-01</b>; instead the
 * insurer sends a 資格確認書, valid for at most 5 years, without application.
 */
public final class PaperDocuments {

  /** HI-03: the first day no 被保険者証 is issued any more. */
  public static final LocalDate NO_NEW_CARDS_FROM = LocalDate.of(2024, 12, 2);

  /** HI-03: the last day an existing 被保険者証 can be used. */
  public static final LocalDate LAST_DAY_OF_OLD_CARDS = LocalDate.of(2025, 12, 1);

  /** HI-03: a 資格確認書 is valid for at most 5 years. */
  public static final int CERTIFICATE_MAX_YEARS = 5;

  /** A 健康保険証 (被保険者証) as printed. */
  public record InsuranceCard(
      InsuranceRegistry.Enrolment enrolment, LocalDate issuedOn, LocalDate printedExpiry) {}

  /** A 資格確認書. */
  public record EligibilityCertificate(
      InsuranceRegistry.Enrolment enrolment, LocalDate issuedOn, LocalDate validUntil) {
    public boolean validOn(LocalDate date) {
      return !date.isBefore(issuedOn) && !date.isAfter(validUntil) && enrolment.coversOn(date);
    }
  }

  private PaperDocuments() {}

  /**
   * Issues a 被保険者証 on {@code on}.
   *
   * @throws MedicalRefusal from 2024-12-02 (HI-03)
   */
  public static InsuranceCard issueCard(
      InsuranceRegistry.Enrolment e, LocalDate on, LocalDate printedExpiry) {
    if (!on.isBefore(NO_NEW_CARDS_FROM)) {
      throw new MedicalRefusal(
          "paper-card-abolished",
          "HI-03",
          "/issuedOn",
          "no new 健康保険証 are issued from " + NO_NEW_CARDS_FROM + "; a 資格確認書 is issued instead");
    }
    return new InsuranceCard(e, on, printedExpiry);
  }

  /**
   * Whether an existing 被保険者証 is usable on {@code date} (HI-03: until 2025-12-01 at the latest).
   */
  public static boolean usable(InsuranceCard card, LocalDate date) {
    LocalDate last =
        card.printedExpiry() == null || card.printedExpiry().isAfter(LAST_DAY_OF_OLD_CARDS)
            ? LAST_DAY_OF_OLD_CARDS
            : card.printedExpiry();
    return !date.isAfter(last) && card.enrolment().coversOn(date);
  }

  /**
   * Issues a 資格確認書 on {@code on}: valid for at most 5 years and never beyond the coverage.
   *
   * @throws MedicalRefusal before 2024-12-02 (the document did not exist yet)
   */
  public static EligibilityCertificate issueCertificate(
      InsuranceRegistry.Enrolment e, LocalDate on) {
    if (on.isBefore(NO_NEW_CARDS_FROM)) {
      throw new MedicalRefusal(
          "no-eligibility-certificate-yet",
          "HI-03",
          "/issuedOn",
          "資格確認書 are issued from " + NO_NEW_CARDS_FROM);
    }
    LocalDate until = on.plusYears(CERTIFICATE_MAX_YEARS).minusDays(1);
    if (e.to() != null && e.to().isBefore(until)) {
      until = e.to();
    }
    return new EligibilityCertificate(e, on, until);
  }
}
