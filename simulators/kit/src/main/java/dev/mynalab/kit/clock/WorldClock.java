package dev.mynalab.kit.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one clock of the simulated world (DESIGN.md principle 6). Every simulator reads time through
 * an instance of this class; scenarios set and advance it, so that a rule such as "the 5th birthday
 * after issuance" can be tested on any date without waiting.
 *
 * <p>Two modes: <em>frozen</em> (time moves only when {@link #set} or {@link #advance} is called —
 * the default for scenarios) and <em>running</em> (time follows the host clock from an offset —
 * used by {@code mynalab world up}, where endpoints must see time pass). Dates are Japanese: the
 * default zone is {@code Asia/Tokyo}, because every legal deadline in the rule book is a Japanese
 * calendar date.
 */
public final class WorldClock extends Clock {

  /** The zone of every legal date in the simulated world (日本標準時). */
  public static final ZoneId JST = ZoneId.of("Asia/Tokyo");

  private final Clock host;
  private final ZoneId zone;
  private final AtomicReference<State> state;
  private final List<Runnable> moved;

  private record State(Instant base, Instant hostAtBase, boolean running) {}

  private WorldClock(Clock host, ZoneId zone, AtomicReference<State> state) {
    this(host, zone, state, new CopyOnWriteArrayList<>());
  }

  private WorldClock(Clock host, ZoneId zone, AtomicReference<State> state, List<Runnable> moved) {
    this.host = host;
    this.zone = zone;
    this.state = state;
    this.moved = moved;
  }

  /** A frozen clock at {@code start}; time moves only when a test moves it. */
  public static WorldClock frozenAt(Instant start) {
    Objects.requireNonNull(start, "start");
    Clock host = Clock.systemUTC();
    return new WorldClock(host, JST, new AtomicReference<>(new State(start, start, false)));
  }

  /** A frozen clock at 00:00 JST of {@code date}. */
  public static WorldClock frozenAt(LocalDate date) {
    return frozenAt(date.atStartOfDay(JST).toInstant());
  }

  /** A running clock that follows the host clock, starting from the host's present time. */
  public static WorldClock running() {
    Clock host = Clock.systemUTC();
    Instant now = host.instant();
    return new WorldClock(host, JST, new AtomicReference<>(new State(now, now, true)));
  }

  /** A clock driven by an explicit host clock (for tests of this class). */
  static WorldClock runningOn(Clock host) {
    Instant now = host.instant();
    return new WorldClock(host, JST, new AtomicReference<>(new State(now, now, true)));
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public WorldClock withZone(ZoneId newZone) {
    return newZone.equals(zone) ? this : new WorldClock(host, newZone, state, moved);
  }

  @Override
  public Instant instant() {
    State s = state.get();
    if (!s.running()) {
      return s.base();
    }
    return s.base().plus(Duration.between(s.hostAtBase(), host.instant()));
  }

  /** Today's date in Japan. */
  public LocalDate today() {
    return LocalDate.ofInstant(instant(), zone);
  }

  /** The present as a Japanese local date-time. */
  public LocalDateTime localNow() {
    return LocalDateTime.ofInstant(instant(), zone);
  }

  /** The present as a zoned date-time in this clock's zone. */
  public ZonedDateTime zonedNow() {
    return ZonedDateTime.ofInstant(instant(), zone);
  }

  /** Jumps to {@code instant}; the running/frozen mode is kept. Moving backwards is allowed. */
  public void set(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    state.updateAndGet(s -> new State(instant, host.instant(), s.running()));
    moved.forEach(Runnable::run);
  }

  /**
   * Runs {@code listener} after every {@link #set} or {@link #advance} (not as running time
   * passes). {@code world up} uses it so that whichever admin plane moves the one clock, what falls
   * due on the new date happens (held revocations, the registry's deadlines). A listener must not
   * move the clock itself.
   */
  public void whenMoved(Runnable listener) {
    moved.add(Objects.requireNonNull(listener, "listener"));
  }

  /** Jumps to 00:00 JST of {@code date}. */
  public void set(LocalDate date) {
    set(date.atStartOfDay(zone).toInstant());
  }

  /** Jumps to {@code dateTime} read as Japanese local time. */
  public void set(LocalDateTime dateTime) {
    set(dateTime.atZone(zone).toInstant());
  }

  /** Moves time forward (or backward, with a negative duration). */
  public void advance(Duration by) {
    Objects.requireNonNull(by, "by");
    set(instant().plus(by));
  }

  /** Stops time at the present instant. */
  public void freeze() {
    Instant now = instant();
    state.set(new State(now, host.instant(), false));
  }

  /** Lets time follow the host clock from the present instant. */
  public void run() {
    Instant now = instant();
    state.set(new State(now, host.instant(), true));
  }

  public boolean isRunning() {
    return state.get().running();
  }

  @Override
  public String toString() {
    return "WorldClock[" + instant() + (isRunning() ? ", running" : ", frozen") + ", " + zone + "]";
  }
}
