package dev.mynalab.drivers.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.ca.access.TlsContexts;
import dev.mynalab.ca.server.CaWorld;
import dev.mynalab.drivers.RunSettings;
import dev.mynalab.drivers.card.ReferenceCardSource;
import dev.mynalab.drivers.sut.Capabilities;
import dev.mynalab.drivers.sut.SystemsUnderTest;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.spec.ConformanceRunner;
import dev.mynalab.spec.profile.ProfileParser;
import dev.mynalab.spec.profile.SutOpener;
import dev.mynalab.verifier.server.VerifierWorld;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verification features against a verifier under test: the reference verifier as an external
 * endpoint over real HTTPS with a client certificate (http kind), and a test adapter found through
 * {@link java.util.ServiceLoader} (adapter kind).
 */
class VerifierKindsTest {

  private static final Path FEATURES =
      Path.of(System.getProperty("mynalab.features", "../features"), "verification");

  @Test
  void theHttpKindAsksAnExternalVerifierOverHttpsAndLeavesPerScenarioNeedsNa(@TempDir Path out)
      throws Exception {
    WorldClock clock = WorldClock.frozenAt(RunSettings.startDate());
    Journal journal = new Journal(clock);
    CaWorld ca = CaWorld.start(CaWorld.Options.defaults(RunSettings.seed(), clock, journal));
    try (VerifierWorld external =
        VerifierWorld.start(
            VerifierWorld.Options.defaults(ca, RunSettings.seed(), clock, journal))) {
      HttpVerifierAdapter http =
          new HttpVerifierAdapter(
              external.uri(),
              TlsContexts.client(
                  external.exportedRelyingParty().credential(),
                  external.relyingPartyCa().certificate()),
              ca);
      assertThat(http.identity())
          .containsEntry("url", external.uri().toString())
          .containsKey("serverCertificateSha256");
      assertThat(http.serverFingerprint()).matches("[0-9a-f]{64}");
      SystemsUnderTest systems = new SystemsUnderTest(new ReferenceCardSource(), http, List.of());
      int status =
          ConformanceRunner.run(out, Optional.of(FEATURES), Optional.empty(), systems, "test");
      systems.close();
      assertThat(status).isZero();
      assertThat(systems.skippedScenarios())
          .hasSize(4)
          .extracting(SystemsUnderTest.Skipped::capability)
          .containsOnly(Capabilities.VERIFIER_WORLD_CLOCK, Capabilities.VERIFIER_OUTAGE);
      long validations =
          journal.entries().stream()
              .filter(e -> e.toString().contains("/v1/certificates/validate"))
              .count();
      assertThat(validations).as("contract calls seen by the external verifier").isGreaterThan(5);
      assertThat(Files.readString(out.resolve("systems-under-test.json")))
          .contains("\"notApplicable\"")
          .contains("verifier.outage");
    }
  }

  @Test
  void theAdapterKindIsFoundThroughTheServiceLoaderAndTakesEveryScenario(@TempDir Path dir)
      throws Exception {
    Path profile = dir.resolve("p.yaml");
    Files.writeString(
        profile, "verifier: {adapter: {class: " + CountingVerifierAdapter.class.getName() + "}}\n");
    CountingVerifierAdapter.CALLS.set(0);
    SystemsUnderTest systems = SutOpener.open(ProfileParser.read(profile));
    assertThat(systems.identities())
        .singleElement()
        .satisfies(
            id -> {
              assertThat(id.kind()).isEqualTo("adapter-verifier");
              assertThat(id.properties())
                  .containsEntry("class", CountingVerifierAdapter.class.getName())
                  .containsEntry("version", "test-1");
              assertThat(id.hash()).matches("[0-9a-f]{64}");
            });
    Path out = dir.resolve("out");
    int status =
        ConformanceRunner.run(out, Optional.of(FEATURES), Optional.empty(), systems, "p.yaml");
    systems.close();
    assertThat(status).isZero();
    assertThat(systems.skippedScenarios()).isEmpty();
    assertThat(CountingVerifierAdapter.CALLS.get()).isGreaterThan(10);
  }
}
