package dev.mynalab.ca.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.rulebook.RuleBook;
import dev.mynalab.rulebook.RuleBookParameters;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The CA's side of validity: instants, the caps only a certificate has, and that the dates are the
 * rule book's (its own cases moved to the rule book's {@code CertificateAndCardCasesTest}).
 */
class ValidityPolicyTest {

  private final ValidityPolicy policy = new ValidityPolicy(RuleBook.withDefaults());

  private static ValidityPolicy withLeapDay(RuleBookParameters.LeapDayBirthday rule) {
    RuleBookParameters d = RuleBookParameters.defaults();
    return new ValidityPolicy(
        new RuleBook(new RuleBookParameters(rule, d.ageTestAnchor(), d.dayBeforeBirthday())));
  }

  private static Instant jst(int y, int m, int d) {
    return LocalDateTime.of(y, m, d, 10, 30).atZone(WorldClock.JST).toInstant();
  }

  @Test
  void runsThroughTheFifthBirthdayAfterIssueAt145959Z() {
    // the MC test card: born 1980-02-17, issued 2025-10-27, certificate to 2030-02-17
    Validity v =
        policy.compute(
            jst(2025, 10, 27),
            LocalDate.of(1980, 2, 17),
            LocalDate.of(2035, 2, 17),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    assertThat(v.lastDay()).isEqualTo(LocalDate.of(2030, 2, 17));
    assertThat(v.notAfter()).isEqualTo(Instant.parse("2030-02-17T14:59:59Z"));
    assertThat(v.birthdays()).isEqualTo(5);
    assertThat(v.limitedBy()).isEqualTo("birthday");
  }

  @Test
  void aBirthdayOnTheIssueDateDoesNotCount() {
    Validity v =
        policy.compute(
            jst(2026, 9, 23),
            LocalDate.of(1990, 9, 23),
            LocalDate.of(2040, 1, 1),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    assertThat(v.lastDay()).isEqualTo(LocalDate.of(2031, 9, 23));
  }

  @Test
  void renewalInsideTheLastThreeMonthsRunsToTheSixthBirthday() {
    LocalDate oldLast = LocalDate.of(2027, 2, 17);
    Validity inside =
        policy.compute(
            jst(2026, 12, 1),
            LocalDate.of(1980, 2, 17),
            LocalDate.of(2040, 1, 1),
            Optional.empty(),
            Optional.of(oldLast),
            Optional.empty());
    assertThat(inside.birthdays()).isEqualTo(6);
    assertThat(inside.lastDay()).isEqualTo(LocalDate.of(2032, 2, 17));
    Validity outside =
        policy.compute(
            jst(2026, 11, 16),
            LocalDate.of(1980, 2, 17),
            LocalDate.of(2040, 1, 1),
            Optional.empty(),
            Optional.of(oldLast),
            Optional.empty());
    assertThat(outside.birthdays()).isEqualTo(5);
    assertThat(outside.lastDay()).isEqualTo(LocalDate.of(2031, 2, 17));
    // RN-01: the window opens the day after the date 3 months before (the rule book's reading)
    Validity onThatDate =
        policy.compute(
            jst(2026, 11, 17),
            LocalDate.of(1980, 2, 17),
            LocalDate.of(2040, 1, 1),
            Optional.empty(),
            Optional.of(oldLast),
            Optional.empty());
    assertThat(onThatDate.birthdays()).isEqualTo(5);
    Validity dayAfter =
        policy.compute(
            jst(2026, 11, 18),
            LocalDate.of(1980, 2, 17),
            LocalDate.of(2040, 1, 1),
            Optional.empty(),
            Optional.of(oldLast),
            Optional.empty());
    assertThat(dayAfter.birthdays()).isEqualTo(6);
    assertThat(ValidityPolicy.inRenewalWindow(LocalDate.of(2026, 11, 18), oldLast)).isTrue();
    assertThat(ValidityPolicy.inRenewalWindow(LocalDate.of(2027, 2, 18), oldLast)).isFalse();
  }

  @Test
  void cappedByCardExpiryAndStayPeriodAndAuthCertificate() {
    LocalDate dob = LocalDate.of(1980, 2, 17);
    assertThat(
            policy
                .compute(
                    jst(2026, 11, 27),
                    dob,
                    LocalDate.of(2028, 5, 1),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty())
                .limitedBy())
        .isEqualTo("card-expiry");
    Validity stay =
        policy.compute(
            jst(2026, 11, 27),
            dob,
            LocalDate.of(2036, 1, 1),
            Optional.of(LocalDate.of(2027, 6, 30)),
            Optional.empty(),
            Optional.empty());
    assertThat(stay.lastDay()).isEqualTo(LocalDate.of(2027, 6, 30));
    assertThat(stay.limitedBy()).isEqualTo("stay-period");
    assertThat(
            policy
                .compute(
                    jst(2026, 11, 27),
                    dob,
                    LocalDate.of(2036, 1, 1),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of(LocalDate.of(2029, 1, 1)))
                .limitedBy())
        .isEqualTo("authentication-certificate");
    assertThatThrownBy(
            () ->
                policy.compute(
                    jst(2026, 11, 27),
                    dob,
                    LocalDate.of(2026, 11, 26),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void leapDayBirthdayIsANamedParameter() {
    LocalDate dob = LocalDate.of(2000, 2, 29);
    Instant issued = jst(2026, 11, 27); // 5th birthday after: 2031, a common year
    LocalDate feb28 =
        withLeapDay(RuleBookParameters.LeapDayBirthday.FEB_28)
            .compute(
                issued,
                dob,
                LocalDate.of(2040, 1, 1),
                Optional.empty(),
                Optional.empty(),
                Optional.empty())
            .lastDay();
    LocalDate mar01 =
        withLeapDay(RuleBookParameters.LeapDayBirthday.MAR_01)
            .compute(
                issued,
                dob,
                LocalDate.of(2040, 1, 1),
                Optional.empty(),
                Optional.empty(),
                Optional.empty())
            .lastDay();
    assertThat(feb28).isEqualTo(LocalDate.of(2031, 2, 28));
    assertThat(mar01).isEqualTo(LocalDate.of(2031, 3, 1));
    assertThat(LeapDayBirthday.parse("mar-01")).isEqualTo(LeapDayBirthday.MAR_01);
    assertThatThrownBy(() -> LeapDayBirthday.parse("feb-29"))
        .hasMessageContaining("mynalab.rule.leapDayBirthday")
        .hasMessageContaining("feb-28 or mar-01");
  }

  @Test
  void eraCodes() {
    assertThat(JapaneseEra.sanValue(LocalDate.of(1980, 2, 17))).isEqualTo("319800217");
    assertThat(JapaneseEra.sanValue(LocalDate.of(1989, 1, 7))).isEqualTo("319890107");
    assertThat(JapaneseEra.sanValue(LocalDate.of(1989, 1, 8))).isEqualTo("419890108");
    assertThat(JapaneseEra.sanValue(LocalDate.of(2019, 5, 1))).isEqualTo("520190501");
    assertThat(JapaneseEra.sanValue(LocalDate.of(1920, 1, 1))).isEqualTo("219200101");
  }
}
