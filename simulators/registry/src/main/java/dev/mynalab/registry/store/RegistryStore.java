package dev.mynalab.registry.store;

import dev.mynalab.registry.event.RegistryEvent;
import dev.mynalab.registry.event.StoredEvent;
import dev.mynalab.registry.number.IssuedNumbers;
import dev.mynalab.registry.resident.Resident;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where the register keeps its events and the state derived from them. Two implementations: {@link
 * InMemoryRegistryStore} for scenarios and {@code JdbcRegistryStore} (H2 file or PostgreSQL) for
 * durability. Both also keep the uniqueness sets of every My Number (MN-03, {@link IssuedNumbers})
 * and every 住民票コード ever assigned.
 *
 * <p>The one write is {@link #append}: a person's events of one 届出, their new state and the numbers
 * they claim are written together or not at all (one transaction).
 */
public interface RegistryStore extends IssuedNumbers, AutoCloseable {

  /**
   * Records {@code events} (all about {@code after.personId()}) and the state after them,
   * atomically.
   *
   * @param expectedVersion the person's version the events were computed from (0 for a new person);
   *     a different stored version means someone else wrote first
   * @param claimedNumbers My Numbers these events assign (must never have been issued)
   * @param claimedResidentCodes 住民票コード these events assign (must never have been assigned)
   * @return the events with their ids, in order
   * @throws ConcurrentWriteException when the version or a claim conflicts; nothing is written
   */
  List<StoredEvent> append(
      long expectedVersion,
      List<RegistryEvent> events,
      Resident after,
      Instant recordedAt,
      List<String> claimedNumbers,
      List<String> claimedResidentCodes);

  Optional<Resident> byPersonId(String personId);

  /** The person whose current 住民票コード this is. */
  Optional<Resident> byResidentCode(String residentCode);

  /** The person whose current My Number this is. */
  Optional<Resident> byMyNumber(String myNumber);

  /** A person's events, oldest first. */
  List<StoredEvent> events(String personId);

  /** Up to {@code limit} events with ids greater than {@code afterId}, in id order. */
  List<StoredEvent> eventsAfter(long afterId, int limit);

  /** True when {@code code} was ever assigned as a 住民票コード. */
  boolean residentCodeTaken(String code);

  /** People whose next moving/card deadline (MV-03, MV-04, card expiry) is before {@code day}. */
  List<Resident> withDeadlineBefore(LocalDate day);

  long residentCount();

  long eventCount();

  /** Empties the store (admin plane reset). */
  void reset();

  @Override
  void close();

  /** The next deadline the register must watch for this person, or null. */
  static LocalDate nextDeadline(Resident r) {
    if (r.card() == null || r.card().lapsed()) {
      return null;
    }
    LocalDate deadline = r.card().expiresOn();
    if (r.continuedUseDue() != null && r.continuedUseDue().isBefore(deadline)) {
      deadline = r.continuedUseDue();
    }
    if (r.pendingMove() != null && r.pendingMove().special()) {
      LocalDate moveIn = r.pendingMove().plannedOn().plusDays(30);
      if (moveIn.isBefore(deadline)) {
        deadline = moveIn;
      }
    }
    return deadline;
  }
}
