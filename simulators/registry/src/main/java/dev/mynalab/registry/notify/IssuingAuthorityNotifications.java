package dev.mynalab.registry.notify;

/**
 * The port through which the register notifies the issuing authority (J-LIS). The CA simulator
 * implements it (or adapts to it) in the world module; the register calls it once per notification,
 * after the event that caused it has been durably recorded.
 */
@FunctionalInterface
public interface IssuingAuthorityNotifications {

  void notify(IssuingAuthorityNotification notification);

  /** A subscriber that ignores everything. */
  IssuingAuthorityNotifications NONE = n -> {};
}
