package dev.mynalab.card.personalisation;

import java.time.LocalDate;
import java.time.Period;

/**
 * The card's last valid day (CV-01): the 10th birthday after the issue date for an adult, the 5th
 * otherwise; adulthood at 20 before 2022-04-01 and at 18 from then on (CV-02); a birthday on the
 * issue date itself does not count (CV-03).
 */
public final class CardValidity {

  static final LocalDate MAJORITY_18_FROM = LocalDate.of(2022, 4, 1);

  private CardValidity() {}

  public static LocalDate expiry(LocalDate dob, LocalDate issued) {
    int majority = issued.isBefore(MAJORITY_18_FROM) ? 20 : 18;
    boolean adult = Period.between(dob, issued).getYears() >= majority;
    int years = adult ? 10 : 5;
    LocalDate birthday = dob.withYear(issued.getYear());
    if (!birthday.isAfter(issued)) {
      birthday = dob.withYear(issued.getYear() + 1);
    }
    return dob.withYear(birthday.getYear() + years - 1);
  }
}
