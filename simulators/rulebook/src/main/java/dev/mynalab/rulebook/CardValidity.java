package dev.mynalab.rulebook;

import java.time.LocalDate;

/**
 * A card's validity as the rule book computes it (CV-01 to CV-03).
 *
 * @param expiresOn the last day the card is valid: the N-th birthday after the issue date
 * @param birthdays N: 10 for adults, 5 for minors
 * @param adultAge the threshold applied, 20 or 18 (CV-02, by the application-receipt date)
 * @param ageTestedOn the date the minor test was made on (parameter ageTestAnchor)
 */
public record CardValidity(
    LocalDate expiresOn, int birthdays, int adultAge, LocalDate ageTestedOn) {

  public boolean minor() {
    return birthdays == 5;
  }
}
