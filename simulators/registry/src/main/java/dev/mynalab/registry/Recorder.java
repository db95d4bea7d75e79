package dev.mynalab.registry;

import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.problem.Problem;
import dev.mynalab.kit.problem.ProblemException;
import dev.mynalab.registry.event.RegistryEvent;
import dev.mynalab.registry.event.ResidentProjection;
import dev.mynalab.registry.event.StoredEvent;
import dev.mynalab.registry.notify.IssuingAuthorityNotification;
import dev.mynalab.registry.notify.IssuingAuthorityNotifications;
import dev.mynalab.registry.notify.NotificationRules;
import dev.mynalab.registry.resident.Resident;
import dev.mynalab.registry.store.ConcurrentWriteException;
import dev.mynalab.registry.store.RegistryStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Records one 届出's events: derives the new state, appends events + state + claimed numbers in one
 * transaction, then (only once that committed) journals each event and notifies the issuing
 * authority. A subscriber that fails is journalled, never rolls back the register.
 */
final class Recorder {

  /** The journal channel of the register. */
  static final String CHANNEL = "registry";

  private final RegistryStore store;
  private final WorldClock clock;
  private final Journal journal;
  private final CodeIssuer codes;
  private final List<IssuingAuthorityNotifications> subscribers = new CopyOnWriteArrayList<>();
  private final List<Consumer<StoredEvent>> listeners = new CopyOnWriteArrayList<>();

  Recorder(RegistryStore store, WorldClock clock, Journal journal, CodeIssuer codes) {
    this.store = store;
    this.clock = clock;
    this.journal = journal;
    this.codes = codes;
  }

  void subscribe(IssuingAuthorityNotifications subscriber) {
    subscribers.add(subscriber);
  }

  void listen(Consumer<StoredEvent> listener) {
    listeners.add(listener);
  }

  Resident record(
      Resident before,
      List<RegistryEvent> events,
      List<String> numbers,
      List<String> codesClaimed) {
    List<Resident> states = new ArrayList<>();
    Resident state = before;
    for (RegistryEvent e : events) {
      state = ResidentProjection.apply(state, e);
      states.add(state);
    }
    List<StoredEvent> stored;
    try {
      stored =
          store.append(
              before == null ? 0 : before.version(),
              events,
              state,
              clock.instant(),
              numbers,
              codesClaimed);
    } catch (ConcurrentWriteException e) {
      throw new ProblemException(Problem.conflict("/residentCode", e.getMessage()));
    } finally {
      codes.release();
    }
    Resident previous = before;
    for (int i = 0; i < stored.size(); i++) {
      StoredEvent s = stored.get(i);
      Resident after = states.get(i);
      journal(s, after);
      announce(s);
      for (IssuingAuthorityNotification n : NotificationRules.of(previous, s.event(), after)) {
        deliver(n);
      }
      previous = after;
    }
    return state;
  }

  private void journal(StoredEvent s, Resident after) {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("eventId", Long.toString(s.id()));
    details.put("type", s.event().getClass().getSimpleName());
    details.put("personId", after.personId());
    details.put("residentCode", after.residentCode());
    details.put("municipality", String.valueOf(after.municipality()));
    details.put("effectiveOn", s.event().effectiveOn().toString());
    if (s.event() instanceof RegistryEvent.CardLapsed l) {
      details.put("rule", l.rule());
    }
    journal.record(
        CHANNEL,
        s.event().label(),
        s.event().label() + " " + after.residentCode() + " (" + s.event().effectiveOn() + ")",
        details);
  }

  private void announce(StoredEvent s) {
    for (Consumer<StoredEvent> listener : listeners) {
      try {
        listener.accept(s);
      } catch (RuntimeException e) {
        journal.record(CHANNEL, "listener-failed", listener + ": " + e);
      }
    }
  }

  private void deliver(IssuingAuthorityNotification n) {
    journal.record(
        CHANNEL,
        "notification",
        n.getClass().getSimpleName() + " " + n.reason() + " " + n.ruleId() + " → 機構",
        Map.of(
            "personId", n.personId(),
            "myNumber", n.myNumber(),
            "reason", n.reason().name(),
            "rule", n.ruleId(),
            "effectiveOn", n.effectiveOn().toString(),
            "signing", Boolean.toString(n.revokesSigningCertificate()),
            "user", Boolean.toString(n.revokesUserCertificate())));
    for (IssuingAuthorityNotifications s : subscribers) {
      try {
        s.notify(n);
      } catch (RuntimeException e) {
        journal.record(CHANNEL, "notification-failed", s + ": " + e);
      }
    }
  }
}
