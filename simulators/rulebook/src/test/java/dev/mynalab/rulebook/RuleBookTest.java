package dev.mynalab.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleBookTest {

  private final RuleBook book = RuleBook.withDefaults();

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @ParameterizedTest(name = "CV-02: application received {0} → adult from {1}")
  @CsvSource({"2022-03-31, 20", "2022-04-01, 18", "2016-01-01, 20", "2030-01-01, 18"})
  void minorsBoundaryFollowsTheReceiptDate(String received, int adultAge) {
    assertThat(book.adultAgeForCard(d(received))).isEqualTo(adultAge);
  }

  // the N-th birthday after issue: a card issued before the birthday of its year runs about N-1
  // years
  @ParameterizedTest(name = "CV-01/02: born {0}, received {1}, issued {2} → valid through {3}")
  @CsvSource({
    // 19 years old, received before the boundary: a minor under the 20 rule → 5th birthday
    "2002-06-10, 2022-03-15, 2022-04-20, 2026-06-10",
    // the same person, received on the boundary day: adult under the 18 rule → 10th birthday
    "2002-06-10, 2022-04-01, 2022-04-20, 2031-06-10",
    // adult of 40
    "1980-05-01, 2020-01-10, 2020-02-01, 2029-05-01",
    // 17-year-old after the boundary: a minor → 5th birthday
    "2005-12-01, 2023-01-05, 2023-02-01, 2027-12-01"
  })
  void cardValidity(String born, String received, String issued, String expires) {
    CardValidity v = book.cardValidity(d(born), d(received), d(issued));
    assertThat(v.expiresOn()).isEqualTo(d(expires));
  }

  @Test
  void cv03_aBirthdayOnTheIssueDateDoesNotCount() {
    assertThat(book.cardValidity(d("1980-05-01"), d("2020-04-01"), d("2020-05-01")).expiresOn())
        .isEqualTo(d("2030-05-01"));
    assertThat(book.cardValidity(d("1980-05-01"), d("2020-04-01"), d("2020-04-30")).expiresOn())
        .isEqualTo(d("2029-05-01"));
  }

  @Test
  void cv02_anchorParameterDecidesATeenWhoComesOfAgeBetweenReceiptAndIssue() {
    // turns 18 on 2023-03-10; received 2023-03-01 (17), issued 2023-03-20 (18)
    LocalDate born = d("2005-03-10");
    assertThat(book.cardValidity(born, d("2023-03-01"), d("2023-03-20")).minor()).isFalse();
    RuleBook byReceipt =
        new RuleBook(
            new RuleBookParameters(
                RuleBookParameters.LeapDayBirthday.FEB_28,
                RuleBookParameters.AgeTestAnchor.APPLICATION_RECEIPT_DATE,
                RuleBookParameters.DayBeforeBirthday.NOT_YET_OF_AGE));
    assertThat(byReceipt.cardValidity(born, d("2023-03-01"), d("2023-03-20")).minor()).isTrue();
  }

  @Test
  void ec01_certificateRunsToTheFifthBirthdayAndNeverBeyondTheCard() {
    CertificateValidity v =
        book.certificateValidity(
            d("1980-05-01"), d("2020-02-01"), Optional.empty(), d("2030-05-01"), Optional.empty());
    assertThat(v.expiresOn()).isEqualTo(d("2024-05-01"));
    assertThat(v.birthdays()).isEqualTo(5);
    CertificateValidity capped =
        book.certificateValidity(
            d("1980-05-01"), d("2020-02-01"), Optional.empty(), d("2023-01-01"), Optional.empty());
    assertThat(capped.expiresOn()).isEqualTo(d("2023-01-01"));
    assertThat(capped.cappedBy()).isEqualTo("card");
  }

  @Test
  void ec02_renewalInTheLastThreeMonthsRunsToTheSixthBirthday() {
    LocalDate born = d("1980-05-01");
    LocalDate previous = d("2025-05-01");
    CertificateValidity late =
        book.certificateValidity(
            born, d("2025-02-02"), Optional.of(previous), d("2035-05-01"), Optional.empty());
    assertThat(late.birthdays()).isEqualTo(6);
    assertThat(late.expiresOn()).isEqualTo(d("2030-05-01"));
    CertificateValidity early =
        book.certificateValidity(
            born, d("2025-02-01"), Optional.of(previous), d("2035-05-01"), Optional.empty());
    assertThat(early.birthdays()).isEqualTo(5);
  }

  @Test
  void ec01_aForeignResidentsStayCapsTheCertificate() {
    CertificateValidity v =
        book.certificateValidity(
            d("1990-01-01"),
            d("2024-01-10"),
            Optional.empty(),
            d("2026-06-30"),
            Optional.of(d("2025-12-31")));
    assertThat(v.expiresOn()).isEqualTo(d("2025-12-31"));
    assertThat(v.cappedBy()).isEqualTo("stay");
  }

  @ParameterizedTest(name = "MV-03: moved in {0}, planned move-out {1} → file by {2}")
  @CsvSource({
    "2024-04-01, 2024-03-31, 2024-04-15",
    "2024-04-20, 2024-03-25, 2024-04-24",
    "2024-04-10, 2024-04-10, 2024-04-24"
  })
  void moveInDeadline(String movedIn, String plannedOut, String deadline) {
    assertThat(book.moveInDeadline(d(movedIn), d(plannedOut))).isEqualTo(d(deadline));
  }

  @Test
  void mv04_continuedUseWithinNinetyDays() {
    assertThat(book.continuedUseDeadline(d("2024-01-10"))).isEqualTo(d("2024-04-09"));
  }

  @ParameterizedTest(name = "OS-01: japanese={0}, departure {1}, procedure {2} → keeps card {3}")
  @CsvSource({
    "true, 2024-06-10, 2024-06-09, true",
    "true, 2024-06-10, 2024-06-10, false",
    "true, 2024-06-10, , false",
    "false, 2024-06-10, 2024-06-01, false",
    "true, 2024-05-27, 2024-05-26, false",
    "true, 2024-05-28, 2024-05-27, true",
    "true, 2023-06-10, 2023-06-01, false"
  })
  void overseasContinuedUse(boolean japanese, String departure, String procedure, boolean keeps) {
    Optional<LocalDate> done = Optional.ofNullable(procedure).map(LocalDate::parse);
    assertThat(book.cardSurvivesDeparture(japanese, d(departure), done)).isEqualTo(keeps);
  }

  @ParameterizedTest(name = "OS-03: left {0}, applies {1}, holds a card {2} → refused for {3}")
  @CsvSource({
    "2015-10-05, 2024-05-27, false, ",
    "2023-01-10, 2026-05-01, false, ",
    "2015-10-04, 2026-05-01, false, 2015-10-05",
    "2023-01-10, 2024-05-26, false, 2024-05-27",
    "2023-01-10, 2026-05-01, true, holds a card"
  })
  void os03_applicationFromAbroad(
      String departed, String applied, boolean holdsCard, String refusedFor) {
    Optional<String> refusal =
        book.applicationFromAbroadRefusal(d(departed), d(applied), holdsCard);
    if (refusedFor == null) {
      assertThat(refusal).isEmpty();
    } else {
      assertThat(refusal).hasValueSatisfying(r -> assertThat(r).contains(refusedFor));
    }
  }

  @ParameterizedTest(name = "RT-01: removed {0}, as of {1} → {2} years")
  @CsvSource({
    "2014-06-20, 2019-06-19, 5",
    "2014-06-20, 2019-06-20, 150",
    "2014-06-19, 2019-06-20, 5",
    "2010-01-01, 2025-01-01, 5",
    "2020-03-01, 2025-01-01, 150"
  })
  void retentionAcrossTheBoundary(String removed, String asOf, int years) {
    Retention r = book.removedRecordRetention(d(removed), d(asOf));
    assertThat(r.years()).isEqualTo(years);
    assertThat(r.retainedThrough()).isEqualTo(d(removed).plusYears(years));
  }

  @Test
  void rt01_aRecordRemovedBeforeTheCoverageIsDisposableAfterFiveYears() {
    Retention r = book.removedRecordRetention(d("2014-06-19"), d("2019-06-20"));
    assertThat(r.disposableOn(d("2019-06-20"))).isTrue();
    Retention kept = book.removedRecordRetention(d("2014-06-20"), d("2019-06-20"));
    assertThat(kept.disposableOn(d("2019-06-21"))).isFalse();
  }

  @Test
  void rulesAreQueriedByDate() {
    assertThat(book.rule("CV-02", d("2022-03-31")).orElseThrow().title()).contains("20歳");
    assertThat(book.rule("CV-02", d("2022-04-01")).orElseThrow().title()).contains("18歳");
    assertThat(book.rule("OS-01", d("2024-05-26"))).isEmpty();
    assertThat(book.rule("OS-01", d("2024-05-27"))).isPresent();
    assertThat(book.rule("LV-03", d("2024-05-27"))).isEmpty();
    assertThat(book.rulesInForceOn(d("2019-06-20")))
        .filteredOn(r -> r.id().equals("RT-01"))
        .singleElement()
        .satisfies(r -> assertThat(r.title()).contains("150"));
  }

  @Test
  void badIssueDateIsRefused() {
    assertThatThrownBy(() -> book.cardValidity(d("1980-01-01"), d("2020-02-01"), d("2020-01-01")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
