package dev.mynalab.archfixture;

import java.time.Instant;

/**
 * A deliberately bad "simulator" that reads the host clock: the architecture test must catch it.
 */
public class TimeReadingSimulator {
  public Instant issuedAt() {
    return Instant.now();
  }

  public long millis() {
    return System.currentTimeMillis();
  }
}
