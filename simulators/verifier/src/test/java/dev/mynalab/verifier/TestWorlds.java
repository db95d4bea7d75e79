package dev.mynalab.verifier;

import dev.mynalab.ca.hierarchy.CaPurpose;
import dev.mynalab.ca.hierarchy.TestKeys;
import dev.mynalab.ca.issuance.Holder;
import dev.mynalab.ca.profile.BasicFour;
import dev.mynalab.ca.server.CaWorld;
import dev.mynalab.ca.store.CertificateRecord;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.person.Sex;
import dev.mynalab.kit.random.WorldSeed;
import java.security.KeyPair;
import java.time.LocalDate;

/** Starts the simulated CAs for verifier tests, on a frozen clock near the host's present. */
public final class TestWorlds {

  private TestWorlds() {}

  public static CaWorld ca(long seed) {
    WorldClock clock = WorldClock.running();
    clock.freeze();
    return CaWorld.start(CaWorld.Options.defaults(WorldSeed.of(seed), clock, new Journal(clock)));
  }

  /** Defaults with a generous timeout: a cold JVM on a shared 2-core machine is slow at first. */
  public static VerifierSettings settings() {
    return VerifierSettings.defaults().withTimeout(java.time.Duration.ofSeconds(10));
  }

  /** A verifier on its own clock (a copy of the CA's present), so tests can move it alone. */
  public static VerifierService verifier(CaWorld ca, long seed, VerifierSettings settings) {
    WorldClock clock = WorldClock.frozenAt(ca.authority().clock().instant());
    return VerifierService.connectedTo(
        ca,
        "test-verifier-" + seed + "-" + System.nanoTime(),
        settings,
        WorldSeed.of(seed),
        clock,
        new Journal(clock));
  }

  /** The key of a sample certificate (CaWorld derives them from the seed). */
  public static KeyPair sampleKey(long seed, String purpose, String tag) {
    return TestKeys.rsa2048(WorldSeed.of(seed), "sample." + purpose + "." + tag);
  }

  /** Issues a fresh certificate for a new holder in municipality {@code code}. */
  public static CertificateRecord issue(
      CaWorld ca, CaPurpose purpose, String holder, String code, LocalDate born, KeyPair key) {
    return ca.authority()
        .issue(
            purpose,
            key.getPublic(),
            Holder.of(holder, code, BasicFour.of("試験　一郎", Sex.MALE, born, "北海道札幌市南区真駒内１番地")),
            ca.authority().clock().today().plusYears(9));
  }
}
