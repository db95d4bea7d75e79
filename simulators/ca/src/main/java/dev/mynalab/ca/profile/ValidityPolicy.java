package dev.mynalab.ca.profile;

import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.rulebook.CertificateValidity;
import dev.mynalab.rulebook.RuleBook;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * End-entity validity as X.509 needs it: the dates come from the rule book ({@link
 * RuleBook#certificateValidity}, EC-01, EC-02, CV-04 — through the 5th 誕生日 after the issue date,
 * the 6th for a renewal inside the last 3 months, never beyond the card's expiry or a foreign
 * resident's 在留期間); this class adds what only a certificate has: the instants (from the issue
 * instant to 23:59:59 JST, 14:59:59Z, of the last day) and the cap of a signing certificate by the
 * holder's authentication certificate.
 *
 * <p>The renewal window (RN-01) and the 29-February birthday (AG-03, {@code
 * mynalab.rule.leapDayBirthday}) are the rule book's too: one implementation, one parameter.
 */
public final class ValidityPolicy {

  /** Ordinary validity: the 5th birthday after issue (EC-01). */
  public static final int BIRTHDAYS = RuleBook.CERTIFICATE_BIRTHDAYS;

  /** Renewal inside the window: the 6th birthday after issue (EC-02). */
  public static final int RENEWAL_BIRTHDAYS = RuleBook.CERTIFICATE_RENEWAL_BIRTHDAYS;

  private final RuleBook ruleBook;

  public ValidityPolicy(RuleBook ruleBook) {
    this.ruleBook = Objects.requireNonNull(ruleBook, "ruleBook");
  }

  /**
   * A policy on the default rule book with the given 29-February birthday.
   *
   * @deprecated the parameter is the rule book's {@code mynalab.rule.leapDayBirthday}: use {@link
   *     #ValidityPolicy(RuleBook)}
   */
  @Deprecated
  public ValidityPolicy(LeapDayBirthday leapDay) {
    this(LeapDayBirthday.ruleBook(leapDay));
  }

  public RuleBook ruleBook() {
    return ruleBook;
  }

  /**
   * The 29-February birthday in force.
   *
   * @deprecated read {@code ruleBook().parameters().leapDayBirthday()}
   */
  @Deprecated
  public LeapDayBirthday leapDay() {
    return LeapDayBirthday.of(ruleBook.parameters().leapDayBirthday());
  }

  /** The end instant of a validity whose last day is {@code lastDay}: 23:59:59 JST. */
  public static Instant endOf(LocalDate lastDay) {
    return lastDay.atTime(LocalTime.of(23, 59, 59)).atZone(WorldClock.JST).toInstant();
  }

  /**
   * True when a renewal on {@code issueDate} of a certificate ending {@code lastDay} earns EC-02.
   *
   * @deprecated the rule book's {@link RuleBook#inRenewalWindow}
   */
  @Deprecated
  public static boolean inRenewalWindow(LocalDate issueDate, LocalDate lastDay) {
    return RuleBook.inRenewalWindow(issueDate, lastDay);
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
    CertificateValidity rule =
        ruleBook.certificateValidity(dateOfBirth, issueDate, renewedLastDay, cardExpiry, stayUntil);
    LocalDate last = rule.expiresOn();
    String limitedBy = limitedBy(rule.cappedBy());
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
    return new Validity(notBefore, endOf(last), last, rule.birthdays(), limitedBy);
  }

  /** The rule book's {@code cappedBy} in the words of {@link Validity#limitedBy()}. */
  private static String limitedBy(String cappedBy) {
    if (cappedBy == null) {
      return "birthday";
    }
    return switch (cappedBy) {
      case "card" -> "card-expiry";
      case "stay" -> "stay-period";
      default -> throw new IllegalStateException("unknown cap from the rule book: " + cappedBy);
    };
  }
}
