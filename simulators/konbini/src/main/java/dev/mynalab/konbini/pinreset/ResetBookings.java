package dev.mynalab.konbini.pinreset;

import dev.mynalab.card.personalisation.SecretRef;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.journal.Journal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * JPKI暗証番号リセット pre-bookings (PN-02): the holder books a reset on the smartphone app (which checks
 * the face against the card's photo — the app is not simulated, the booking stands for its outcome)
 * and then has <b>24 hours</b> to reset at a store kiosk. A booking is used up by the reset. One
 * booking per person and PIN; a new booking replaces the old one.
 */
public final class ResetBookings {

  public static final Duration VALIDITY = Duration.ofHours(24);

  /** A booking made at {@code bookedAt}. */
  public record Booking(String personId, SecretRef target, Instant bookedAt) {
    public Instant expiresAt() {
      return bookedAt.plus(VALIDITY);
    }
  }

  private final WorldClock clock;
  private final Journal journal;
  private final Map<String, Booking> bookings = new ConcurrentHashMap<>();

  public ResetBookings(WorldClock clock, Journal journal) {
    this.clock = clock;
    this.journal = journal;
  }

  /** Books a reset of {@code target} for {@code personId} now. */
  public Booking book(String personId, SecretRef target) {
    Booking b = new Booking(personId, target, clock.instant());
    bookings.put(key(personId, target), b);
    journal.record("konbini", "pin-reset-booked", target + " reset booked until " + b.expiresAt());
    return b;
  }

  /** The booking, whether live or not (empty when none was made or it was used). */
  public Optional<Booking> find(String personId, SecretRef target) {
    return Optional.ofNullable(bookings.get(key(personId, target)));
  }

  void use(Booking b) {
    bookings.remove(key(b.personId(), b.target()));
  }

  public void reset() {
    bookings.clear();
  }

  private static String key(String personId, SecretRef target) {
    return personId + "/" + target;
  }
}
