package dev.mynalab.konbini;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When the コンビニ交付 service answers (CS-01; seed 「コンビニ交付サービス」の普及拡大について:
 * 「早朝から夜（6:30～23:00）まで土日祝日も対応」): every day from 06:30 to 23:00 JST (23:00 itself is closed), except
 * the year-end closure 12-29 to 01-03 and announced maintenance windows. Times are the world
 * clock's local time (Asia/Tokyo).
 */
public final class ServiceHours {

  public static final LocalTime OPENS = LocalTime.of(6, 30);
  public static final LocalTime CLOSES = LocalTime.of(23, 0);
  public static final MonthDay CLOSURE_FROM = MonthDay.of(12, 29);
  public static final MonthDay CLOSURE_TO = MonthDay.of(1, 3);

  /** A maintenance window [from, until) in JST local time. */
  public record Maintenance(LocalDateTime from, LocalDateTime until, String reason) {
    public Maintenance {
      if (!from.isBefore(until)) {
        throw new IllegalArgumentException("a maintenance window must end after it starts");
      }
    }

    boolean covers(LocalDateTime t) {
      return !t.isBefore(from) && t.isBefore(until);
    }
  }

  private final List<Maintenance> maintenance = new ArrayList<>();

  /** Announces a maintenance window (the service is refused inside it). */
  public synchronized void announce(Maintenance window) {
    maintenance.add(window);
  }

  public synchronized void clearMaintenance() {
    maintenance.clear();
  }

  /** Why the service is closed at {@code t}, or empty when it is open. */
  public synchronized Optional<String> closedReason(LocalDateTime t) {
    MonthDay day = MonthDay.from(t);
    if (!day.isBefore(CLOSURE_FROM) || !day.isAfter(CLOSURE_TO)) {
      return Optional.of("年末年始（12月29日〜1月3日）はコンビニ交付を休止しています");
    }
    LocalTime time = t.toLocalTime();
    if (time.isBefore(OPENS) || !time.isBefore(CLOSES)) {
      return Optional.of("コンビニ交付の利用時間は6時30分から23時までです");
    }
    for (Maintenance m : maintenance) {
      if (m.covers(t)) {
        return Optional.of("保守のため休止中です（" + m.reason() + "）");
      }
    }
    return Optional.empty();
  }

  /** Throws the CS-01 refusal when closed at {@code t}. */
  public void requireOpen(LocalDateTime t) {
    Optional<String> reason = closedReason(t);
    if (reason.isPresent()) {
      throw KonbiniRefusal.closed(reason.get());
    }
  }
}
