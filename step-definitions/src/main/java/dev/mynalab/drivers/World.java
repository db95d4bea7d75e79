package dev.mynalab.drivers;

import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.random.WorldSeed;

/**
 * The simulated world of one scenario: its clock, its seed and its journal. Created fresh for every
 * scenario and handed to every driver by constructor injection, so scenarios never share state.
 */
public final class World {

  private final WorldSeed seed;
  private final WorldClock clock;
  private final Journal journal;

  /** The world of one scenario, on the run's seed (picocontainer calls this). */
  public World() {
    this(RunSettings.seed());
  }

  private World(WorldSeed seed) {
    this.seed = seed;
    this.clock = WorldClock.frozenAt(RunSettings.startDate());
    this.journal = new Journal(clock);
  }

  /** A world on an explicit seed, for drivers that compare two worlds and for load tests. */
  public static World withSeed(WorldSeed seed) {
    return new World(seed);
  }

  public WorldSeed seed() {
    return seed;
  }

  public WorldClock clock() {
    return clock;
  }

  public Journal journal() {
    return journal;
  }
}
