package dev.mynalab.card.personalisation;

import dev.mynalab.rulebook.RuleBook;
import java.time.LocalDate;

/**
 * The card's last valid day, as the rule book computes it ({@link RuleBook#cardValidity}, CV-01 to
 * CV-03): the 10th birthday after the issue date for an adult, the 5th otherwise; adulthood at 20
 * for applications received before 2022-04-01 and at 18 from then on (CV-02); a birthday on the
 * issue date itself does not count (CV-03); a 29-February birthday per {@code
 * mynalab.rule.leapDayBirthday} (AG-03). The card keeps no validity arithmetic of its own.
 */
public final class CardValidity {

  private CardValidity() {}

  /**
   * The last valid day of a card whose application J-LIS received on {@code received} and issued on
   * {@code issued}.
   */
  public static LocalDate expiry(
      RuleBook ruleBook, LocalDate dob, LocalDate received, LocalDate issued) {
    return ruleBook.cardValidity(dob, received, issued).expiresOn();
  }

  /**
   * The last valid day of a card received and issued on {@code issued}, by the rule book of the
   * {@code mynalab.rule.*} system properties (the documented defaults when none is set).
   */
  public static LocalDate expiry(LocalDate dob, LocalDate issued) {
    return expiry(RuleBook.fromSystemProperties(), dob, issued, issued);
  }
}
