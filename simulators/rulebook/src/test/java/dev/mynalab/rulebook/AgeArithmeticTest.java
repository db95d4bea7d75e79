package dev.mynalab.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.rulebook.RuleBookParameters.AgeTestAnchor;
import dev.mynalab.rulebook.RuleBookParameters.DayBeforeBirthday;
import dev.mynalab.rulebook.RuleBookParameters.LeapDayBirthday;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AgeArithmeticTest {

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private static AgeArithmetic ages(LeapDayBirthday leap, DayBeforeBirthday dayBefore) {
    return new AgeArithmetic(new RuleBookParameters(leap, AgeTestAnchor.ISSUE_DATE, dayBefore));
  }

  private final AgeArithmetic defaults =
      ages(LeapDayBirthday.FEB_28, DayBeforeBirthday.NOT_YET_OF_AGE);

  @Test
  void ag01_ageIsAttainedAtTheEndOfTheDayBeforeTheBirthday() {
    assertThat(defaults.attainmentDay(d("2004-04-01"), 18)).isEqualTo(d("2022-03-31"));
    assertThat(defaults.attainmentDay(d("2004-02-29"), 18)).isEqualTo(d("2022-02-28"));
    assertThat(defaults.attainmentDay(d("2004-02-29"), 20)).isEqualTo(d("2024-02-28"));
  }

  @Test
  void ag02_theDayBeforeTheBirthdayIsAParameter() {
    LocalDate born = d("2004-06-15");
    assertThat(defaults.isAtLeast(born, 18, d("2022-06-14"))).isFalse();
    assertThat(defaults.isAtLeast(born, 18, d("2022-06-15"))).isTrue();
    AgeArithmetic early = ages(LeapDayBirthday.FEB_28, DayBeforeBirthday.ALREADY_OF_AGE);
    assertThat(early.isAtLeast(born, 18, d("2022-06-14"))).isTrue();
    assertThat(early.isAtLeast(born, 18, d("2022-06-13"))).isFalse();
    assertThat(defaults.ageOn(born, d("2022-06-14"))).isEqualTo(17);
    assertThat(early.ageOn(born, d("2022-06-14"))).isEqualTo(18);
  }

  @Test
  void ag03_aLeapDayBirthInACommonYearIsAParameter() {
    LocalDate born = d("2000-02-29");
    assertThat(defaults.birthdayIn(born, 2023)).isEqualTo(d("2023-02-28"));
    assertThat(defaults.birthdayIn(born, 2024)).isEqualTo(d("2024-02-29"));
    AgeArithmetic march = ages(LeapDayBirthday.MAR_01, DayBeforeBirthday.NOT_YET_OF_AGE);
    assertThat(march.birthdayIn(born, 2023)).isEqualTo(d("2023-03-01"));
    // card issued 2020-03-10 to an adult: 10th birthday after issue is in 2030 (a common year)
    assertThat(defaults.nthBirthdayAfter(born, d("2020-03-10"), 10)).isEqualTo(d("2030-02-28"));
    assertThat(march.nthBirthdayAfter(born, d("2020-03-10"), 10)).isEqualTo(d("2030-03-01"));
  }

  @Test
  void ag01_aLeapDayBirthIsOfAgeFromMarchFirstInACommonYear() {
    LocalDate born = d("2004-02-29");
    assertThat(defaults.isAtLeast(born, 18, d("2022-02-28"))).isFalse();
    assertThat(defaults.isAtLeast(born, 18, d("2022-03-01"))).isTrue();
  }

  @Test
  void cv03_nthBirthdayAfterSkipsABirthdayOnTheDateItself() {
    assertThat(defaults.nthBirthdayAfter(d("1990-07-07"), d("2020-07-07"), 1))
        .isEqualTo(d("2021-07-07"));
    assertThat(defaults.nthBirthdayAfter(d("1990-07-07"), d("2020-07-06"), 1))
        .isEqualTo(d("2020-07-07"));
  }
}
