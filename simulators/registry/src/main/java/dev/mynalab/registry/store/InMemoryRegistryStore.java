package dev.mynalab.registry.store;

import dev.mynalab.registry.event.RegistryEvent;
import dev.mynalab.registry.event.StoredEvent;
import dev.mynalab.registry.number.MyNumber;
import dev.mynalab.registry.resident.Resident;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The register in memory, for scenarios and as the benchmark baseline. Thread-safe (one lock);
 * {@link #append} checks everything before changing anything, so it is all-or-nothing too.
 */
public final class InMemoryRegistryStore implements RegistryStore {

  private final List<StoredEvent> log = new ArrayList<>();
  private final Map<String, List<StoredEvent>> byPerson = new HashMap<>();
  private final Map<String, Resident> people = new HashMap<>();
  private final Map<String, String> personByCode = new HashMap<>();
  private final Map<String, String> personByNumber = new HashMap<>();
  private final Set<String> issuedNumbers = new HashSet<>();
  private final Set<String> residentCodes = new HashSet<>();
  private long nextId = 1;

  @Override
  public synchronized List<StoredEvent> append(
      long expectedVersion,
      List<RegistryEvent> events,
      Resident after,
      Instant recordedAt,
      List<String> claimedNumbers,
      List<String> claimedResidentCodes) {
    Resident current = people.get(after.personId());
    long version = current == null ? 0 : current.version();
    if (version != expectedVersion) {
      throw new ConcurrentWriteException(
          after.personId() + " is at version " + version + ", not " + expectedVersion);
    }
    for (String n : claimedNumbers) {
      if (issuedNumbers.contains(n)) {
        throw new ConcurrentWriteException("My Number " + n + " was issued before");
      }
    }
    for (String c : claimedResidentCodes) {
      if (residentCodes.contains(c)) {
        throw new ConcurrentWriteException("住民票コード " + c + " was assigned before");
      }
    }
    issuedNumbers.addAll(claimedNumbers);
    residentCodes.addAll(claimedResidentCodes);
    List<StoredEvent> stored = new ArrayList<>();
    for (RegistryEvent e : events) {
      StoredEvent s = new StoredEvent(nextId++, recordedAt, e);
      stored.add(s);
      log.add(s);
      byPerson.computeIfAbsent(after.personId(), k -> new ArrayList<>()).add(s);
    }
    if (current != null) {
      personByCode.remove(current.residentCode());
      personByNumber.remove(current.myNumber());
    }
    people.put(after.personId(), after);
    personByCode.put(after.residentCode(), after.personId());
    personByNumber.put(after.myNumber(), after.personId());
    return stored;
  }

  @Override
  public synchronized Optional<Resident> byPersonId(String personId) {
    return Optional.ofNullable(people.get(personId));
  }

  @Override
  public synchronized Optional<Resident> byResidentCode(String residentCode) {
    return Optional.ofNullable(personByCode.get(residentCode)).map(people::get);
  }

  @Override
  public synchronized Optional<Resident> byMyNumber(String myNumber) {
    return Optional.ofNullable(personByNumber.get(myNumber)).map(people::get);
  }

  @Override
  public synchronized List<StoredEvent> events(String personId) {
    return List.copyOf(byPerson.getOrDefault(personId, List.of()));
  }

  @Override
  public synchronized List<StoredEvent> eventsAfter(long afterId, int limit) {
    int from = (int) Math.min(Math.max(afterId, 0), log.size());
    int to = (int) Math.min(log.size(), (long) from + Math.max(limit, 0));
    return List.copyOf(log.subList(from, to));
  }

  @Override
  public synchronized boolean residentCodeTaken(String code) {
    return residentCodes.contains(code);
  }

  @Override
  public synchronized List<Resident> withDeadlineBefore(LocalDate day) {
    return people.values().stream()
        .filter(
            r -> {
              LocalDate d = RegistryStore.nextDeadline(r);
              return d != null && d.isBefore(day);
            })
        .toList();
  }

  @Override
  public synchronized long residentCount() {
    return people.size();
  }

  @Override
  public synchronized long eventCount() {
    return log.size();
  }

  @Override
  public synchronized void reset() {
    log.clear();
    byPerson.clear();
    people.clear();
    personByCode.clear();
    personByNumber.clear();
    issuedNumbers.clear();
    residentCodes.clear();
    nextId = 1;
  }

  @Override
  public void close() {}

  /** Every resident's current state (for bulk copies into a durable store). */
  public synchronized List<Resident> residents() {
    return List.copyOf(people.values());
  }

  /** Every My Number ever issued. */
  public synchronized List<String> issuedNumbers() {
    return List.copyOf(issuedNumbers);
  }

  /** Every 住民票コード ever assigned. */
  public synchronized List<String> assignedResidentCodes() {
    return List.copyOf(residentCodes);
  }

  @Override
  public synchronized boolean claim(MyNumber number) {
    return issuedNumbers.add(number.digits());
  }

  @Override
  public synchronized boolean contains(MyNumber number) {
    return issuedNumbers.contains(number.digits());
  }
}
