package dev.mynalab.ca.profile;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;

/**
 * Birthday and age arithmetic of the rule book (domain-rules.md §13).
 *
 * <ul>
 *   <li>Age (AG-01, 年齢計算ニ関スル法律 + 民法 第143条): a year of age is completed at the end of the day before
 *       the birthday, so the age is held from the start of the birthday; someone born on 02-29
 *       completes the year at the end of 02-28 in a common year and holds it from 03-01.
 *   <li>Expiry (AG-02, AG-03): validity runs <em>through</em> the Nth 誕生日 after the issue date
 *       (発行の日後: a birthday on the issue date does not count, CV-03); the 02-29 birthday in a common
 *       year is the named parameter {@link LeapDayBirthday}.
 * </ul>
 */
public final class Birthdays {

  private Birthdays() {}

  /** The 誕生日 of someone born on {@code dateOfBirth} in {@code year}. */
  public static LocalDate birthdayIn(LocalDate dateOfBirth, int year, LeapDayBirthday rule) {
    if (dateOfBirth.getMonth() == Month.FEBRUARY
        && dateOfBirth.getDayOfMonth() == 29
        && !Year.isLeap(year)) {
      return rule == LeapDayBirthday.MAR_01 ? LocalDate.of(year, 3, 1) : LocalDate.of(year, 2, 28);
    }
    return dateOfBirth.withYear(year);
  }

  /** The {@code n}-th birthday strictly after {@code issueDate} (n ≥ 1). */
  public static LocalDate nthBirthdayAfter(
      LocalDate dateOfBirth, LocalDate issueDate, int n, LeapDayBirthday rule) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1, got " + n);
    }
    int year = issueDate.getYear();
    if (!birthdayIn(dateOfBirth, year, rule).isAfter(issueDate)) {
      year++;
    }
    return birthdayIn(dateOfBirth, year + n - 1, rule);
  }

  /**
   * The age held during the whole of {@code date} (AG-01): the year completed at 24:00 of the day
   * before counts from the start of the birthday.
   */
  public static int ageOn(LocalDate dateOfBirth, LocalDate date) {
    if (date.isBefore(dateOfBirth)) {
      throw new IllegalArgumentException(
          "date " + date + " is before the date of birth " + dateOfBirth);
    }
    int years = date.getYear() - dateOfBirth.getYear();
    if (date.isBefore(ageHeldFrom(dateOfBirth, years))) {
      years--;
    }
    return years;
  }

  /** The first day on which the age {@code years} is held. */
  static LocalDate ageHeldFrom(LocalDate dateOfBirth, int years) {
    int year = dateOfBirth.getYear() + years;
    if (dateOfBirth.getMonth() == Month.FEBRUARY
        && dateOfBirth.getDayOfMonth() == 29
        && !Year.isLeap(year)) {
      return LocalDate.of(year, 3, 1);
    }
    return dateOfBirth.withYear(year);
  }
}
