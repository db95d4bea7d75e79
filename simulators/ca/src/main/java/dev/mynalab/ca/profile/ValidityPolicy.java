package dev.mynalab.ca.profile;

import dev.mynalab.kit.clock.WorldClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * End-entity validity (domain-rules.md EC-01, EC-02, CV-04): from the issue instant through the 5th
 * 誕生日 after the issue date — the 6th when a certificate is renewed while less than 3 months of it
 * remain — ending at 23:59:59 JST (14:59:59Z), and never beyond the card's expiry, a foreign
 * resident's 在留期間, or (for a signing certificate) the holder's authentication certificate.
 *
 * <p>RN-01 leaves open whether the renewal window opens on the day 3 months before expiry or the
 * day after; this policy opens it on that day (the tsuruga reading: "from the day 3 months are
 * left").
 */
public final class ValidityPolicy {

  /** Ordinary validity: the 5th birthday after issue (EC-01). */
  public static final int BIRTHDAYS = 5;

  /** Renewal inside the window: the 6th birthday after issue (EC-02). */
  public static final int RENEWAL_BIRTHDAYS = 6;

  private final LeapDayBirthday leapDay;

  public ValidityPolicy(LeapDayBirthday leapDay) {
    this.leapDay = leapDay;
  }

  public LeapDayBirthday leapDay() {
    return leapDay;
  }

  /** The end instant of a validity whose last day is {@code lastDay}: 23:59:59 JST. */
  public static Instant endOf(LocalDate lastDay) {
    return lastDay.atTime(LocalTime.of(23, 59, 59)).atZone(WorldClock.JST).toInstant();
  }

  /**
   * True when a renewal on {@code issueDate} of a certificate ending {@code lastDay} earns EC-02.
   */
  public static boolean inRenewalWindow(LocalDate issueDate, LocalDate lastDay) {
    return !issueDate.isAfter(lastDay) && !issueDate.isBefore(lastDay.minusMonths(3));
  }

  /**
   * Computes a validity.
   *
   * @param issuedAt the issue instant
   * @param dateOfBirth the holder's date of birth
   * @param cardExpiry the card's last valid day
   * @param stayUntil the 在留期間満了日 of a foreign resident with a fixed stay, if any
   * @param renewedLastDay the last day of the certificate being renewed, if this is a renewal
   * @param otherCap another cap (the authentication certificate's last day for a signing one)
   * @throws IllegalArgumentException when a cap lies before the issue date (nothing to certify)
   */
  public Validity compute(
      Instant issuedAt,
      LocalDate dateOfBirth,
      LocalDate cardExpiry,
      Optional<LocalDate> stayUntil,
      Optional<LocalDate> renewedLastDay,
      Optional<LocalDate> otherCap) {
    Instant notBefore = issuedAt.truncatedTo(ChronoUnit.SECONDS);
    LocalDate issueDate = LocalDate.ofInstant(notBefore, WorldClock.JST);
    int birthdays =
        renewedLastDay.filter(last -> inRenewalWindow(issueDate, last)).isPresent()
            ? RENEWAL_BIRTHDAYS
            : BIRTHDAYS;
    LocalDate last = Birthdays.nthBirthdayAfter(dateOfBirth, issueDate, birthdays, leapDay);
    String limitedBy = "birthday";
    if (cardExpiry.isBefore(last)) {
      last = cardExpiry;
      limitedBy = "card-expiry";
    }
    if (stayUntil.isPresent() && stayUntil.get().isBefore(last)) {
      last = stayUntil.get();
      limitedBy = "stay-period";
    }
    if (otherCap.isPresent() && otherCap.get().isBefore(last)) {
      last = otherCap.get();
      limitedBy = "authentication-certificate";
    }
    if (last.isBefore(issueDate)) {
      throw new IllegalArgumentException(
          "validity would end on "
              + last
              + " ("
              + limitedBy
              + "), before the issue date "
              + issueDate);
    }
    return new Validity(notBefore, endOf(last), last, birthdays, limitedBy);
  }
}
