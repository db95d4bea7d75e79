package dev.mynalab.network.exchange;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Counts each agency's requests with codes the network never issued to it. {@code limit} such
 * failures within {@code window} of world time flag the agency: its further requests are refused
 * (and recorded) until the operator clears the flag. A legitimate agency never presents an unknown
 * code — it obtained every code it holds — so repeated failures mean guessing, or use of another
 * agency's codes.
 */
public final class GuessingMonitor {

  private final int limit;
  private final Duration window;
  private final Map<String, Deque<Instant>> failures = new HashMap<>();
  private final Set<String> flagged = new HashSet<>();

  public GuessingMonitor(int limit, Duration window) {
    if (limit < 1) {
      throw new IllegalArgumentException("the guessing limit must be at least 1, got " + limit);
    }
    this.limit = limit;
    this.window = window;
  }

  /** Notes a failure; true when this failure flags the agency. */
  public synchronized boolean failure(String agency, Instant at) {
    Deque<Instant> recent = failures.computeIfAbsent(agency, a -> new ArrayDeque<>());
    recent.addLast(at);
    while (!recent.isEmpty() && recent.peekFirst().isBefore(at.minus(window))) {
      recent.removeFirst();
    }
    if (recent.size() >= limit && flagged.add(agency)) {
      return true;
    }
    return false;
  }

  public synchronized boolean isFlagged(String agency) {
    return flagged.contains(agency);
  }

  /** The operator lifts the flag after looking into it (admin plane). */
  public synchronized void clear(String agency) {
    flagged.remove(agency);
    failures.remove(agency);
  }

  public int limit() {
    return limit;
  }
}
