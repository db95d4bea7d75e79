package dev.mynalab.cli.world;

import dev.mynalab.ca.CaSettings;
import dev.mynalab.ca.server.CaWorld;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.random.WorldSeed;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the parties of {@code world up} share: one seed, clock and journal, the CA settings, where
 * trust material is exported, where notices go, and the parties started so far that others join
 * (the CAs: the verifier registers there, the card's certificates come from them).
 */
public final class WorldContext {

  private final WorldSeed seed;
  private final WorldClock clock;
  private final Journal journal;
  private final CaSettings caSettings;
  private final Optional<Path> export;
  private final String vpcd;
  private final PrintWriter notices;
  private CaWorld ca;

  /**
   * @param vpcd {@code auto}, {@code none} or {@code HOST:PORT}: where the card goes
   */
  public WorldContext(
      WorldSeed seed,
      WorldClock clock,
      Journal journal,
      CaSettings caSettings,
      Optional<Path> export,
      String vpcd,
      PrintWriter notices) {
    this.seed = seed;
    this.clock = clock;
    this.journal = journal;
    this.caSettings = caSettings;
    this.export = export;
    this.vpcd = vpcd;
    this.notices = notices;
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

  public CaSettings caSettings() {
    return caSettings;
  }

  public Optional<Path> export() {
    return export;
  }

  public String vpcd() {
    return vpcd;
  }

  /** stderr: notices, never results. */
  public PrintWriter notices() {
    return notices;
  }

  /** The JPKI TEST CAs (started first). */
  public CaWorld ca() {
    if (ca == null) {
      throw new IllegalStateException("the CAs are not started yet (order of WorldServices.ALL)");
    }
    return ca;
  }

  void ca(CaWorld started) {
    this.ca = started;
  }
}
