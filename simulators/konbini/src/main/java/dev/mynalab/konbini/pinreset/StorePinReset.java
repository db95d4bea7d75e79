package dev.mynalab.konbini.pinreset;

import dev.mynalab.card.personalisation.SecretRef;
import dev.mynalab.card.transport.ApduTransport;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.problem.Problem;
import dev.mynalab.kit.problem.ProblemException;
import dev.mynalab.konbini.CertificateHolders;
import dev.mynalab.konbini.KonbiniRefusal;
import dev.mynalab.konbini.ServiceHours;
import dev.mynalab.konbini.kiosk.CardSession;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Resetting a forgotten or locked JPKI PIN at a store kiosk (PN-02): only within the service hours
 * (6:30–23:00, CS-01), only with a JPKI暗証番号リセット booking made less than 24 hours ago, and only when
 * the holder knows <b>the other certificate's PIN</b> (the 利用者証明用 PIN to reset the 署名用パスワード, and
 * the other way round), which the card itself verifies. The 住民基本台帳用 and 券面事項入力補助用 PINs are reset
 * only at the municipal counter.
 *
 * <p>Start dates are parameters (PN-02: "the exact launch dates were not found"): the signing
 * password at stores as of 2022-03 ({@link #SIGNING_FROM}), the user PIN by 2024-09 ({@link
 * #USER_PIN_FROM}).
 */
public final class StorePinReset {

  /** PN-02: "available as of 2022-03" (Seven-Eleven and Lawson); exact day unknown. */
  public static final LocalDate SIGNING_FROM = LocalDate.of(2022, 3, 1);

  /** PN-02: "available by 2024-09" (Seven-Eleven and AEON); exact day unknown. */
  public static final LocalDate USER_PIN_FROM = LocalDate.of(2024, 9, 1);

  private final ResetBookings bookings;
  private final CertificateHolders holders;
  private final PinWriter writer;
  private final ServiceHours hours;
  private final WorldClock clock;
  private final Journal journal;

  public StorePinReset(
      ResetBookings bookings,
      CertificateHolders holders,
      PinWriter writer,
      ServiceHours hours,
      WorldClock clock,
      Journal journal) {
    this.bookings = bookings;
    this.holders = holders;
    this.writer = writer;
    this.hours = hours;
    this.clock = clock;
    this.journal = journal;
  }

  /**
   * Resets {@code target} on the card to {@code newValue}.
   *
   * @param otherPin the other certificate's PIN, verified by the card
   * @throws KonbiniRefusal by rule (counter only, no or stale booking, other PIN wrong, closed)
   * @throws ProblemException 422 when {@code newValue} does not have the PIN's format (PN-01)
   */
  public void reset(ApduTransport card, SecretRef target, String otherPin, String newValue) {
    hours.requireOpen(clock.localNow());
    int otherFid;
    String otherName;
    LocalDate from;
    switch (target) {
      case SIGN_PASSWORD -> {
        otherFid = CardSession.AUTH_PIN;
        otherName = "利用者証明用電子証明書の暗証番号";
        from = SIGNING_FROM;
        if (newValue == null || !validSigningPassword(newValue)) {
          throw new ProblemException(
              Problem.invalidField(
                  "/newValue",
                  "the 署名用パスワード is 6–16 upper-case letters and digits, with at least one of each"
                      + " (PN-01)"));
        }
      }
      case AUTH_PIN -> {
        otherFid = CardSession.SIGN_PASSWORD;
        otherName = "署名用電子証明書の暗証番号";
        from = USER_PIN_FROM;
        if (newValue == null || !newValue.matches("[0-9]{4}")) {
          throw new ProblemException(
              Problem.invalidField("/newValue", "the 利用者証明用 PIN is 4 digits (PN-01)"));
        }
      }
      default ->
          throw KonbiniRefusal.refused(
              "counter-only",
              "PN-02",
              "/target",
              "the " + target + " can be reset only at the municipal counter, not at a store");
    }
    if (clock.today().isBefore(from)) {
      throw KonbiniRefusal.refused(
          "not-yet-available",
          "PN-02",
          "/target",
          "resetting the " + target + " at a store is available from " + from);
    }
    CardSession session = new CardSession(card);
    String personId =
        holders
            .personIdOf(session.userCertificate())
            .orElseThrow(
                () ->
                    KonbiniRefusal.refused(
                        "holder-unknown", "PN-02", "/certificate", "the 機構 knows no such card"));
    ResetBookings.Booking booking =
        bookings
            .find(personId, target)
            .orElseThrow(
                () ->
                    KonbiniRefusal.refused(
                        "no-booking",
                        "PN-02",
                        "/booking",
                        "no JPKI暗証番号リセット booking for this card; book on the app first"));
    Instant now = clock.instant();
    if (!now.isBefore(booking.expiresAt())) {
      throw KonbiniRefusal.refused(
          "booking-expired",
          "PN-02",
          "/booking",
          "the booking of " + booking.bookedAt() + " expired after 24 hours; book again");
    }
    session.verify(otherFid, otherPin == null ? "" : otherPin, otherName);
    writer.reset(card, target, newValue);
    bookings.use(booking);
    journal.record("konbini", "pin-reset", target + " reset at a store kiosk (PN-02)");
  }

  /** PN-01 (a): 6–16 characters, upper-case letters and digits, at least one of each. */
  static boolean validSigningPassword(String p) {
    return p.matches("[A-Z0-9]{6,16}") && p.matches(".*[A-Z].*") && p.matches(".*[0-9].*");
  }
}
