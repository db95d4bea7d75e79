package dev.mynalab.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.rulebook.RuleBookParameters.AgeTestAnchor;
import dev.mynalab.rulebook.RuleBookParameters.DayBeforeBirthday;
import dev.mynalab.rulebook.RuleBookParameters.LeapDayBirthday;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The cases the card's and the CA's own validity code were tested with, before both came to ask the
 * rule book (card {@code personalisation.CardValidity}, CA {@code profile.ValidityPolicy} and
 * {@code profile.Birthdays}): the rule book must answer every one of them.
 */
class CertificateAndCardCasesTest {

  private final RuleBook book = RuleBook.withDefaults();

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private static RuleBook leapDay(LeapDayBirthday rule) {
    return new RuleBook(
        new RuleBookParameters(rule, AgeTestAnchor.ISSUE_DATE, DayBeforeBirthday.NOT_YET_OF_AGE));
  }

  private CertificateValidity certificate(
      String born, String issued, String previous, String card, String stay) {
    return book.certificateValidity(
        d(born),
        d(issued),
        Optional.ofNullable(previous).map(LocalDate::parse),
        d(card),
        Optional.ofNullable(stay).map(LocalDate::parse));
  }

  // ---- from the card's CardValidity tests (HolderDataTest) ----

  @Test
  void card_theTenthOrFifthBirthdayAfterIssue() {
    LocalDate dob = d("1980-02-17");
    assertThat(book.cardValidity(dob, d("2026-01-27"), d("2026-01-27")).expiresOn())
        .isEqualTo(d("2035-02-17"));
    // CV-03: a birthday on the issue date itself does not count
    assertThat(book.cardValidity(dob, d("2026-02-17"), d("2026-02-17")).expiresOn())
        .isEqualTo(d("2036-02-17"));
    // minors: the 5th birthday; CV-02: the threshold was 20 before 2022-04-01 and is 18 since
    LocalDate eighteen = d("2003-05-01");
    assertThat(book.cardValidity(eighteen, d("2022-03-31"), d("2022-03-31")).expiresOn())
        .isEqualTo(d("2026-05-01"));
    assertThat(book.cardValidity(eighteen, d("2022-04-01"), d("2022-04-01")).expiresOn())
        .isEqualTo(d("2031-05-01"));
  }

  // ---- from the CA's ValidityPolicyTest ----

  @Test
  void ec01_theMcTestCardsCertificateRunsThroughTheFifthBirthday() {
    CertificateValidity v = certificate("1980-02-17", "2025-10-27", null, "2035-02-17", null);
    assertThat(v.expiresOn()).isEqualTo(d("2030-02-17"));
    assertThat(v.birthdays()).isEqualTo(5);
    assertThat(v.cappedBy()).isNull();
  }

  @Test
  void cv03_aBirthdayOnTheCertificatesIssueDateDoesNotCount() {
    assertThat(certificate("1990-09-23", "2026-09-23", null, "2040-01-01", null).expiresOn())
        .isEqualTo(d("2031-09-23"));
  }

  @Test
  void ec02_renewalInsideTheLastThreeMonthsRunsToTheSixthBirthday() {
    CertificateValidity inside =
        certificate("1980-02-17", "2026-12-01", "2027-02-17", "2040-01-01", null);
    assertThat(inside.birthdays()).isEqualTo(6);
    assertThat(inside.expiresOn()).isEqualTo(d("2032-02-17"));
    CertificateValidity outside =
        certificate("1980-02-17", "2026-11-16", "2027-02-17", "2040-01-01", null);
    assertThat(outside.birthdays()).isEqualTo(5);
    assertThat(outside.expiresOn()).isEqualTo(d("2031-02-17"));
  }

  @Test
  void rn01_theWindowOpensTheDayAfterTheDateThreeMonthsBefore() {
    LocalDate last = d("2027-02-17");
    // the CA used to open it on 2026-11-17 itself (tsuruga); the rule book's reading (oguchi) is
    // the one the world's refusal (RN-01) and the EC-02 bonus share
    assertThat(RuleBook.inRenewalWindow(d("2026-11-17"), last)).isFalse();
    assertThat(RuleBook.inRenewalWindow(d("2026-11-18"), last)).isTrue();
    assertThat(RuleBook.inRenewalWindow(last, last)).isTrue();
    assertThat(RuleBook.inRenewalWindow(d("2027-02-18"), last)).isFalse();
  }

  @Test
  void ec01_cappedByTheCardAndByTheStay() {
    CertificateValidity card = certificate("1980-02-17", "2026-11-27", null, "2028-05-01", null);
    assertThat(card.expiresOn()).isEqualTo(d("2028-05-01"));
    assertThat(card.cappedBy()).isEqualTo("card");
    CertificateValidity stay =
        certificate("1980-02-17", "2026-11-27", null, "2036-01-01", "2027-06-30");
    assertThat(stay.expiresOn()).isEqualTo(d("2027-06-30"));
    assertThat(stay.cappedBy()).isEqualTo("stay");
  }

  @Test
  void ag03_theLeapDayBirthdayIsOneNamedParameterForCertificatesToo() {
    Optional<LocalDate> none = Optional.empty();
    // issued 2026-11-27: the 5th birthday after is in 2031, a common year
    assertThat(
            leapDay(LeapDayBirthday.FEB_28)
                .certificateValidity(d("2000-02-29"), d("2026-11-27"), none, d("2040-01-01"), none)
                .expiresOn())
        .isEqualTo(d("2031-02-28"));
    assertThat(
            leapDay(LeapDayBirthday.MAR_01)
                .certificateValidity(d("2000-02-29"), d("2026-11-27"), none, d("2040-01-01"), none)
                .expiresOn())
        .isEqualTo(d("2031-03-01"));
  }

  @Test
  void ag01_agesFollowTheAgeCalculationAct() {
    AgeArithmetic ages = book.ages();
    LocalDate dob = d("2011-11-28");
    assertThat(ages.ageOn(dob, d("2026-11-27"))).isEqualTo(14);
    assertThat(ages.ageOn(dob, d("2026-11-28"))).isEqualTo(15);
    LocalDate leap = d("2008-02-29");
    assertThat(ages.ageOn(leap, d("2023-02-28"))).isEqualTo(14);
    assertThat(ages.ageOn(leap, d("2023-03-01"))).isEqualTo(15);
    assertThat(ages.ageOn(leap, d("2024-02-29"))).isEqualTo(16);
  }

  @Test
  void ec03_noSigningCertificateUnderFifteen() {
    LocalDate dob = d("2011-11-28");
    assertThat(book.signingCertificateAllowed(dob, d("2026-11-27"))).isFalse();
    assertThat(book.signingCertificateAllowed(dob, d("2026-11-28"))).isTrue();
    LocalDate leap = d("2008-02-29");
    assertThat(book.signingCertificateAllowed(leap, d("2023-02-28"))).isFalse();
    assertThat(book.signingCertificateAllowed(leap, d("2023-03-01"))).isTrue();
  }
}
