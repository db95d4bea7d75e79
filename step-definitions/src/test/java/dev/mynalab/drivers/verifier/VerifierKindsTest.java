package dev.mynalab.drivers.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.drivers.sut.SystemsUnderTest;
import dev.mynalab.spec.ConformanceRunner;
import dev.mynalab.spec.profile.ProfileParser;
import dev.mynalab.spec.profile.SutOpener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verification features against a verifier under test reached through a test adapter found by
 * {@link java.util.ServiceLoader} (adapter kind). The http kind — an external endpoint that knows
 * only the exported trust — is {@link ExternalVerifierTest}.
 */
class VerifierKindsTest {

  private static final Path FEATURES =
      Path.of(System.getProperty("mynalab.features", "../features"), "verification");

  @Test
  void theAdapterKindIsFoundThroughTheServiceLoaderAndTakesEveryScenario(@TempDir Path dir)
      throws Exception {
    Path profile = dir.resolve("p.yaml");
    Files.writeString(
        profile, "verifier: {adapter: {class: " + CountingVerifierAdapter.class.getName() + "}}\n");
    CountingVerifierAdapter.CALLS.set(0);
    SystemsUnderTest systems = SutOpener.open(ProfileParser.read(profile), dir.resolve("out"));
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
