package dev.mynalab.rulebook;

import dev.mynalab.rulebook.RuleBookParameters.DayBeforeBirthday;
import dev.mynalab.rulebook.RuleBookParameters.LeapDayBirthday;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;

/**
 * Age and birthday arithmetic per 年齢計算ニ関スル法律 and 民法 第143条 (AG-01 to AG-03).
 *
 * <p>Two different questions, kept apart on purpose (AG-02): <em>when is the N-th 誕生日</em> (the day
 * a card or certificate runs through, CV-01/EC-01) and <em>is the person at least N years old on a
 * date</em> (the minor test of CV-02). An age is attained at 24:00 of the day before the birthday;
 * for a 02-29 birth that is always the end of 02-28 (143条 ただし書), whatever the leap-day parameter
 * says about validity.
 */
public final class AgeArithmetic {

  private static final MonthDay LEAP_DAY = MonthDay.of(2, 29);

  private final RuleBookParameters parameters;

  public AgeArithmetic(RuleBookParameters parameters) {
    this.parameters = parameters;
  }

  /** The birthday in {@code year}; a 02-29 birth in a common year per AG-03's parameter. */
  public LocalDate birthdayIn(LocalDate birthDate, int year) {
    if (MonthDay.from(birthDate).equals(LEAP_DAY) && !Year.isLeap(year)) {
      return parameters.leapDayBirthday() == LeapDayBirthday.FEB_28
          ? LocalDate.of(year, 2, 28)
          : LocalDate.of(year, 3, 1);
    }
    return birthDate.withYear(year);
  }

  /**
   * The {@code n}-th birthday strictly after {@code date} (発行の日後のn回目の誕生日, CV-03): a birthday
   * falling on {@code date} itself does not count.
   */
  public LocalDate nthBirthdayAfter(LocalDate birthDate, LocalDate date, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1, got " + n);
    }
    LocalDate first = birthdayIn(birthDate, date.getYear());
    if (!first.isAfter(date)) {
      first = birthdayIn(birthDate, date.getYear() + 1);
    }
    return birthdayIn(birthDate, first.getYear() + n - 1);
  }

  /**
   * The day at whose end (24:00) age {@code age} is attained (AG-01): the day before the birthday;
   * for a 02-29 birth, 02-28 of that year.
   */
  public LocalDate attainmentDay(LocalDate birthDate, int age) {
    int year = birthDate.getYear() + age;
    if (MonthDay.from(birthDate).equals(LEAP_DAY)) {
      return LocalDate.of(year, 2, 28);
    }
    return birthDate.withYear(year).minusDays(1);
  }

  /** True when the person counts as at least {@code age} years old on {@code date} (AG-02). */
  public boolean isAtLeast(LocalDate birthDate, int age, LocalDate date) {
    LocalDate attained = attainmentDay(birthDate, age);
    return parameters.dayBeforeBirthday() == DayBeforeBirthday.ALREADY_OF_AGE
        ? !date.isBefore(attained)
        : date.isAfter(attained);
  }

  /** The age in whole years on {@code date}, under the same AG-02 convention. */
  public int ageOn(LocalDate birthDate, LocalDate date) {
    if (date.isBefore(birthDate)) {
      throw new IllegalArgumentException(date + " is before the birth on " + birthDate);
    }
    int age = date.getYear() - birthDate.getYear();
    while (age > 0 && !isAtLeast(birthDate, age, date)) {
      age--;
    }
    while (isAtLeast(birthDate, age + 1, date)) {
      age++;
    }
    return age;
  }
}
