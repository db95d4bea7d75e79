package dev.mynalab.kit.journal;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Everything the simulated world does is journalled here (DESIGN.md principle 10): tests and
 * Then-steps assert on it, reports attach the excerpt of each scenario as evidence. Thread-safe;
 * entries are kept in order of recording. A journal is bounded: past {@code capacity} entries the
 * oldest are dropped and counted, so that long-running servers and load tests cannot exhaust
 * memory.
 */
public final class Journal {

  /** The default number of entries kept. */
  public static final int DEFAULT_CAPACITY = 100_000;

  private final Clock clock;
  private final int capacity;
  private final ArrayDeque<JournalEntry> entries = new ArrayDeque<>();
  private final List<Consumer<JournalEntry>> listeners = new CopyOnWriteArrayList<>();
  private long sequence;
  private long dropped;

  public Journal(Clock clock) {
    this(clock, DEFAULT_CAPACITY);
  }

  public Journal(Clock clock, int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("journal capacity must be at least 1, got " + capacity);
    }
    this.clock = clock;
    this.capacity = capacity;
  }

  /** Records one entry at the world clock's present time and returns it. */
  public JournalEntry record(
      String channel, String type, String summary, Map<String, String> details) {
    JournalEntry entry;
    synchronized (entries) {
      entry = new JournalEntry(++sequence, clock.instant(), channel, type, summary, details);
      if (entries.size() == capacity) {
        entries.removeFirst();
        dropped++;
      }
      entries.add(entry);
    }
    for (Consumer<JournalEntry> listener : listeners) {
      listener.accept(entry);
    }
    return entry;
  }

  public JournalEntry record(String channel, String type, String summary) {
    return record(channel, type, summary, Map.of());
  }

  /** A snapshot of every entry kept, oldest first. */
  public List<JournalEntry> entries() {
    synchronized (entries) {
      return List.copyOf(entries);
    }
  }

  /** A snapshot of the entries that match. */
  public List<JournalEntry> entries(Predicate<JournalEntry> filter) {
    return entries().stream().filter(filter).toList();
  }

  /** The entries of one channel, oldest first. */
  public List<JournalEntry> channel(String channel) {
    return entries(e -> e.channel().equals(channel));
  }

  /** The entries recorded after {@code sequence} (exclusive): a scenario's excerpt. */
  public List<JournalEntry> since(long sequence) {
    return entries(e -> e.sequence() > sequence);
  }

  /** The sequence number of the newest entry, 0 when empty. */
  public long lastSequence() {
    synchronized (entries) {
      return sequence;
    }
  }

  /** How many old entries were dropped to stay within capacity. */
  public long dropped() {
    synchronized (entries) {
      return dropped;
    }
  }

  /** Empties the journal (admin plane: reset). Sequence numbers keep increasing. */
  public void clear() {
    synchronized (entries) {
      entries.clear();
    }
  }

  /** Calls {@code listener} with every entry recorded from now on, on the recording thread. */
  public void subscribe(Consumer<JournalEntry> listener) {
    listeners.add(listener);
  }
}
