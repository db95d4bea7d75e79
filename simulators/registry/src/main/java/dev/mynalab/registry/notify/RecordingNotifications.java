package dev.mynalab.registry.notify;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A subscriber that keeps every notification, for tests, scenarios and reports. Thread-safe. */
public final class RecordingNotifications implements IssuingAuthorityNotifications {

  private final List<IssuingAuthorityNotification> received = new CopyOnWriteArrayList<>();

  @Override
  public void notify(IssuingAuthorityNotification notification) {
    received.add(notification);
  }

  public List<IssuingAuthorityNotification> received() {
    return List.copyOf(received);
  }

  public List<IssuingAuthorityNotification> about(String personId) {
    return received.stream().filter(n -> n.personId().equals(personId)).toList();
  }

  public void clear() {
    received.clear();
  }
}
