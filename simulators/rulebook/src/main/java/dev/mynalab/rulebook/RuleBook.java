package dev.mynalab.rulebook;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one place that answers "which rule, on this date" (DESIGN.md principle 7). Registry, card,
 * CA, verifier and lifecycle code ask it instead of encoding dates themselves. Immutable; its
 * open-question answers come from {@link RuleBookParameters}.
 */
public final class RuleBook {

  /** The day the minors' boundary for the card fell from 20 to 18 (CV-02). */
  public static final LocalDate MINORS_18_FROM = Rules.MINORS_18_FROM;

  /** The first day Japanese nationals can keep the card after moving abroad (OS-01). */
  public static final LocalDate OVERSEAS_USE_FROM = Rules.OVERSEAS_USE_FROM;

  /**
   * The day My Numbers were first assigned; people who left Japan since may apply abroad (OS-03).
   */
  public static final LocalDate MY_NUMBERS_FROM = Rules.MY_NUMBERS_FROM;

  /** The day 除票 retention became 150 years (RT-01). */
  public static final LocalDate RETENTION_150_FROM = Rules.RETENTION_150_FROM;

  /** Records removed on or after this day fall under the 150-year retention (RT-01). */
  public static final LocalDate RETENTION_150_COVERS_FROM = Rules.RETENTION_150_COVERS_FROM;

  /** SP-01: Android スマホ用電子証明書 can be loaded from this day. */
  public static final LocalDate ANDROID_PHONE_CERTIFICATES_FROM =
      Rules.ANDROID_PHONE_CERTIFICATES_FROM;

  /** SP-02: 「iPhoneのマイナンバーカード」 can be set up from this day. */
  public static final LocalDate IPHONE_MY_NUMBER_CARD_FROM = Rules.IPHONE_MY_NUMBER_CARD_FROM;

  /** SP-03: a phone serves as the health-insurance card at facilities with the added reader. */
  public static final LocalDate PHONE_HEALTH_INSURANCE_FROM = Rules.PHONE_HEALTH_INSURANCE_FROM;

  /** Days after moving in within which the 転入届 must be filed (MV-03). */
  public static final int MOVE_IN_DAYS = 14;

  /** Days after the planned move-out date within which the 転入届 must be filed (MV-03). */
  public static final int AFTER_PLANNED_MOVE_OUT_DAYS = 30;

  /** Days after a 転入届 without the card within which continued use must follow (MV-04). */
  public static final int CONTINUED_USE_DAYS = 90;

  private final RuleBookParameters parameters;
  private final AgeArithmetic ages;

  public RuleBook(RuleBookParameters parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
    this.ages = new AgeArithmetic(parameters);
  }

  /** The rule book with the documented defaults. */
  public static RuleBook withDefaults() {
    return new RuleBook(RuleBookParameters.defaults());
  }

  /** The rule book with parameters from {@code -Dmynalab.rule.*}; fails at start on a bad value. */
  public static RuleBook fromSystemProperties() {
    return new RuleBook(RuleBookParameters.fromSystemProperties());
  }

  public RuleBookParameters parameters() {
    return parameters;
  }

  /** Every parameter with its value (for reports). */
  public List<RuleBookParameters.Parameter> describeParameters() {
    return parameters.describe();
  }

  public AgeArithmetic ages() {
    return ages;
  }

  // ---- the catalogue, queried by date ----

  /** Every rule version the book knows. */
  public List<Rule> rules() {
    return Rules.ALL;
  }

  /** The rules in force on {@code date}. */
  public List<Rule> rulesInForceOn(LocalDate date) {
    return Rules.ALL.stream().filter(r -> r.inForceOn(date)).toList();
  }

  /** The version of rule {@code id} in force on {@code date}, if any. */
  public Optional<Rule> rule(String id, LocalDate date) {
    return Rules.ALL.stream().filter(r -> r.id().equals(id) && r.inForceOn(date)).findFirst();
  }

  // ---- CV: the card ----

  /**
   * The adult threshold for a card whose application J-LIS received on {@code receivedOn}: 20
   * before 2022-04-01, 18 from then (CV-02; the receipt date decides the transition).
   */
  public int adultAgeForCard(LocalDate receivedOn) {
    return receivedOn.isBefore(MINORS_18_FROM) ? 20 : 18;
  }

  /**
   * The card's validity (CV-01 to CV-03): through the 10th birthday after the issue date, the 5th
   * for a minor; the minor test is made on the date the ageTestAnchor parameter names.
   */
  public CardValidity cardValidity(
      LocalDate birthDate, LocalDate applicationReceivedOn, LocalDate issuedOn) {
    if (issuedOn.isBefore(applicationReceivedOn)) {
      throw new IllegalArgumentException(
          "issue date " + issuedOn + " is before the application receipt " + applicationReceivedOn);
    }
    int adultAge = adultAgeForCard(applicationReceivedOn);
    LocalDate anchor =
        parameters.ageTestAnchor() == RuleBookParameters.AgeTestAnchor.ISSUE_DATE
            ? issuedOn
            : applicationReceivedOn;
    boolean adult = ages.isAtLeast(birthDate, adultAge, anchor);
    int n = adult ? 10 : 5;
    return new CardValidity(ages.nthBirthdayAfter(birthDate, issuedOn, n), n, adultAge, anchor);
  }

  // ---- EC: certificates ----

  /** Ordinary certificate validity: through the 5th birthday after issue (EC-01). */
  public static final int CERTIFICATE_BIRTHDAYS = 5;

  /** A renewal inside the window: through the 6th birthday after issue (EC-02). */
  public static final int CERTIFICATE_RENEWAL_BIRTHDAYS = 6;

  /** Renewal opens this many months before the last valid day (RN-01, EC-02). */
  public static final int RENEWAL_WINDOW_MONTHS = 3;

  /** No signing certificate under this age (EC-03). */
  public static final int SIGNING_CERTIFICATE_MIN_AGE = 15;

  /**
   * True when a certificate ending {@code previousExpiry} is renewed on {@code issuedOn} inside the
   * last 3 months (RN-01, EC-02): after the date 3 months before the expiry, up to the expiry
   * itself. RN-01's sources differ on the first day ("from the day 3 months are left", tsuruga;
   * "from the day after", oguchi); the rule book takes the day after, so on the date exactly 3
   * months before, "less than 3 months remain" does not yet hold.
   */
  public static boolean inRenewalWindow(LocalDate issuedOn, LocalDate previousExpiry) {
    return !issuedOn.isAfter(previousExpiry)
        && issuedOn.isAfter(previousExpiry.minusMonths(RENEWAL_WINDOW_MONTHS));
  }

  /**
   * True when a signing certificate may be issued to someone born {@code birthDate} on {@code date}
   * (EC-03: not under 15, ages per AG-01/AG-02).
   */
  public boolean signingCertificateAllowed(LocalDate birthDate, LocalDate date) {
    return ages.isAtLeast(birthDate, SIGNING_CERTIFICATE_MIN_AGE, date);
  }

  /**
   * A certificate's validity (EC-01, EC-02): through the 5th birthday after issue, the 6th when it
   * renews a certificate that had less than 3 months left; never beyond the card (EC-01) or the
   * 在留期間 (CV-04).
   *
   * @param previousExpiry the expiry of the certificate being renewed, if this is a renewal
   * @param cardExpiry the card's last valid day
   * @param stayUntil the end of a foreign resident's period of stay, if fixed
   */
  public CertificateValidity certificateValidity(
      LocalDate birthDate,
      LocalDate issuedOn,
      Optional<LocalDate> previousExpiry,
      LocalDate cardExpiry,
      Optional<LocalDate> stayUntil) {
    boolean bonus = previousExpiry.map(p -> inRenewalWindow(issuedOn, p)).orElse(false);
    int n = bonus ? CERTIFICATE_RENEWAL_BIRTHDAYS : CERTIFICATE_BIRTHDAYS;
    LocalDate expiry = ages.nthBirthdayAfter(birthDate, issuedOn, n);
    String cappedBy = null;
    if (cardExpiry.isBefore(expiry)) {
      expiry = cardExpiry;
      cappedBy = "card";
    }
    if (stayUntil.isPresent() && stayUntil.get().isBefore(expiry)) {
      expiry = stayUntil.get();
      cappedBy = "stay";
    }
    return new CertificateValidity(expiry, n, cappedBy);
  }

  // ---- MV: moving ----

  /**
   * The last day to file the 転入届 and keep the card (MV-03): 14 days after moving in, and 30 days
   * after the planned move-out date, whichever comes first.
   */
  public LocalDate moveInDeadline(LocalDate movedInOn, LocalDate plannedMoveOutOn) {
    LocalDate a = movedInOn.plusDays(MOVE_IN_DAYS);
    LocalDate b = plannedMoveOutOn.plusDays(AFTER_PLANNED_MOVE_OUT_DAYS);
    return a.isBefore(b) ? a : b;
  }

  /**
   * The last day of continued use (継続利用) after a 転入届 filed without the card (MV-04): 90 days after
   * that 転入届.
   */
  public LocalDate continuedUseDeadline(LocalDate moveInFiledOn) {
    return moveInFiledOn.plusDays(CONTINUED_USE_DAYS);
  }

  // ---- OS: abroad ----

  /** True when the overseas continued-use procedure exists on {@code date} (OS-01). */
  public boolean overseasContinuedUseAvailable(LocalDate date) {
    return !date.isBefore(OVERSEAS_USE_FROM);
  }

  /** The last day to complete the 国外継続利用 procedure: the day before departure (OS-01). */
  public LocalDate overseasProcedureDeadline(LocalDate departureOn) {
    return departureOn.minusDays(1);
  }

  /**
   * Whether the card survives a 国外転出 (OS-01, LV-03): only for a Japanese national, on or after
   * 2024-05-27, whose procedure was completed (while the rule was in force) by the day before
   * departure.
   */
  public boolean cardSurvivesDeparture(
      boolean japaneseNational, LocalDate departureOn, Optional<LocalDate> procedureOn) {
    if (!japaneseNational || procedureOn.isEmpty()) {
      return false;
    }
    LocalDate done = procedureOn.get();
    return overseasContinuedUseAvailable(done)
        && !done.isAfter(overseasProcedureDeadline(departureOn));
  }

  /**
   * Whether a Japanese national living abroad may apply for a card from abroad on {@code appliedOn}
   * (OS-03): from 2024-05-27, when the departure was on or after 2015-10-05 and the person holds no
   * card. Empty when allowed, else the reason.
   */
  public Optional<String> applicationFromAbroadRefusal(
      LocalDate departedOn, LocalDate appliedOn, boolean holdsCard) {
    if (!overseasContinuedUseAvailable(appliedOn)) {
      return Optional.of("applications from abroad are accepted from " + OVERSEAS_USE_FROM);
    }
    if (departedOn.isBefore(MY_NUMBERS_FROM)) {
      return Optional.of(
          "only people who left Japan on or after " + MY_NUMBERS_FROM + " apply from abroad");
    }
    if (holdsCard) {
      return Optional.of("the person holds a card (a lost or broken card is re-issued instead)");
    }
    return Optional.empty();
  }

  // ---- RT: 除票 ----

  /**
   * How long a record removed on {@code removedOn} must be kept, as the law stands on {@code asOf}
   * (RT-01): 5 years before 2019-06-20; from then 150 years for records removed on or after
   * 2014-06-20, while older ones stay under 5 years.
   */
  public Retention removedRecordRetention(LocalDate removedOn, LocalDate asOf) {
    int years =
        !asOf.isBefore(RETENTION_150_FROM) && !removedOn.isBefore(RETENTION_150_COVERS_FROM)
            ? 150
            : 5;
    return new Retention(removedOn, years, removedOn.plusYears(years));
  }
}
