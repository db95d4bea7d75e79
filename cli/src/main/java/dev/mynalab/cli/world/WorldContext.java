package dev.mynalab.cli.world;

import dev.mynalab.ca.CaSettings;
import dev.mynalab.ca.server.CaWorld;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.random.WorldSeed;
import dev.mynalab.verifier.server.VerifierWorld;
import dev.mynalab.world.ReferenceWorld;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the parties of {@code world up} share: one seed, clock and journal, the CA settings, where
 * trust material is exported, where notices go, and the parties started so far that others join:
 * the {@link ReferenceWorld} (registry, JPKI CAs and 機構 joined), the served CAs (the verifier and
 * relying parties register there) and the verifier.
 */
public final class WorldContext {

  private final WorldSeed seed;
  private final WorldClock clock;
  private final Journal journal;
  private final CaSettings caSettings;
  private final Optional<Path> export;
  private final String vpcd;
  private final PrintWriter notices;
  private ReferenceWorld world;
  private CaWorld ca;
  private VerifierWorld verifier;

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

  /**
   * The reference world: the one registry, the JPKI CAs and the 機構 joined (started first, {@link
   * WorldServices#WORLD}).
   */
  public ReferenceWorld world() {
    return started(world, "the reference world");
  }

  void world(ReferenceWorld created) {
    this.world = created;
  }

  /** The verifier's validation service (after {@link WorldServices#VERIFIER}). */
  public VerifierWorld verifier() {
    return started(verifier, "the verifier");
  }

  void verifier(VerifierWorld started) {
    this.verifier = started;
  }

  private static <T> T started(T party, String what) {
    if (party == null) {
      throw new IllegalStateException(what + " is not started yet (order of WorldServices.ALL)");
    }
    return party;
  }

  /** The reference world's JPKI TEST CAs, served over HTTPS (after {@link WorldServices#CA}). */
  public CaWorld ca() {
    return started(ca, "the CAs");
  }

  void ca(CaWorld started) {
    this.ca = started;
  }
}
