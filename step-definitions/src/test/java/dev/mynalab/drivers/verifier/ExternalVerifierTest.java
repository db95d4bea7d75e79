package dev.mynalab.drivers.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynalab.ca.server.CaWorld;
import dev.mynalab.drivers.RunSettings;
import dev.mynalab.drivers.sut.Capabilities;
import dev.mynalab.drivers.sut.SystemsUnderTest;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.fixtures.Json;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.random.WorldSeed;
import dev.mynalab.kit.testing.RequiresService;
import dev.mynalab.spec.ConformanceRunner;
import dev.mynalab.spec.profile.ProfileParser;
import dev.mynalab.spec.profile.SutOpener;
import dev.mynalab.verifier.cli.VerifierServeCommand;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verification features against a verifier that knows NOTHING but the files a run exports: the
 * reference verifier as a child process ({@code verifier serve --trust DIR}), started on the trust
 * of an unrelated CA; the run exports its own CA ({@code trustExport}) and a real {@code curl}
 * ({@code prepare}) tells the verifier to reload. Nothing but files and HTTP crosses between the
 * harness and the verifier. Without the reload the same run fails — the test can fail.
 */
class ExternalVerifierTest {

  private static final Path FEATURES =
      Path.of(System.getProperty("mynalab.features", "../features"), "verification");

  @TempDir static Path dir;

  static Process verifier;
  static JsonNode ready;
  static Path initialTrust;
  static final HttpClient ADMIN = HttpClient.newHttpClient();

  @BeforeAll
  static void startTheVerifierAsAProcess() throws Exception {
    RequiresService.require(
        "curl", RequiresService.onPath("curl"), "apt-get install curl (the prepare command)");
    // trust of an unrelated CA (another seed than the run's), then that CA is gone: files only
    initialTrust = dir.resolve("initial-trust");
    WorldClock clock = WorldClock.running();
    try (CaWorld other =
        CaWorld.start(
            CaWorld.Options.defaults(
                WorldSeed.of(RunSettings.seed().value() + 1), clock, new Journal(clock)))) {
      other.export(initialTrust);
    }
    Path readyFile = dir.resolve("verifier-ready.json");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    verifier =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                VerifierServeCommand.class.getName(),
                "--trust",
                initialTrust.toString(),
                "--export",
                dir.resolve("rp").toString(),
                "--ready",
                readyFile.toString(),
                "--seed",
                "4711")
            .redirectOutput(dir.resolve("verifier.out").toFile())
            .redirectError(dir.resolve("verifier.err").toFile())
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (!Files.exists(readyFile)) {
      if (!verifier.isAlive() || System.nanoTime() > deadline) {
        throw new AssertionError(
            "verifier serve did not get ready: "
                + Files.readString(dir.resolve("verifier.err"), StandardCharsets.UTF_8));
      }
      Thread.sleep(100);
    }
    ready = Json.mapper().readTree(readyFile.toFile());
  }

  @AfterAll
  static void stop() throws Exception {
    if (verifier != null) {
      verifier.destroy(); // SIGTERM: the shutdown hook closes both planes
      if (!verifier.waitFor(20, TimeUnit.SECONDS)) {
        verifier.destroyForcibly();
      }
    }
  }

  /**
   * Each test starts with the verifier on the unrelated CA's trust (admin plane, as an operator).
   */
  @BeforeEach
  void backToTheUnrelatedTrust() throws Exception {
    HttpResponse<String> r = reload("{\"trust\": \"" + initialTrust + "\"}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
  }

  @Test
  void exportedTrustAndAReloadMakeTheExternalVerifierPassEveryScenarioItCanTake() throws Exception {
    Path out = dir.resolve("run-ok");
    Path profile =
        profile(
            "run-ok.yaml",
            "    prepare: [curl, -sS, -f, -X, POST, -H, 'Content-Type: application/json',"
                + " --data, '{\"trust\": \"${trust}\"}', '"
                + ready.path("reload").asText()
                + "']\n");
    long journalBefore = lastSequence(journal());
    SystemsUnderTest systems = SutOpener.open(ProfileParser.read(profile), out);
    int status;
    HttpVerifierAdapter http = (HttpVerifierAdapter) systems.verifier();
    try {
      status =
          ConformanceRunner.run(out, Optional.of(FEATURES), Optional.empty(), systems, "run-ok");
    } finally {
      systems.close();
    }
    assertThat(status).as("every scenario the endpoint can take passes").isZero();
    assertThat(systems.skippedScenarios())
        .hasSize(4)
        .extracting(SystemsUnderTest.Skipped::capability)
        .containsOnly(Capabilities.VERIFIER_WORLD_CLOCK, Capabilities.VERIFIER_OUTAGE);

    // the default trust-export place, recorded in the report's identity, and loaded by the verifier
    Path export = out.resolve("verifier-trust").toAbsolutePath().normalize();
    SystemsUnderTest.Identity id = systems.identities().get(0);
    assertThat(id.properties())
        .containsEntry("trustExport", export.toString())
        .containsEntry("prepareExit", "0")
        .containsKey("trustAnchorsSha256");
    assertThat(id.properties().get("prepare")).contains("curl").contains(export.toString());
    JsonNode health = admin("/admin/health");
    assertThat(health.path("trust").path("dir").asText()).isEqualTo(export.toString());
    assertThat(health.path("trust").path("anchorsSha256").asText())
        .isEqualTo(id.properties().get("trustAnchorsSha256"));
    assertThat(Files.readString(out.resolve("systems-under-test.json")))
        .contains("\"trustExport\"")
        .contains("verifier.outage");

    // the external verifier really asked the run's CA: its own journal has OCSP answers, and the
    // run's CA served OCSP over its client-certificate HTTPS endpoint
    JsonNode entries = journal();
    long good = 0;
    long revoked = 0;
    for (JsonNode e : entries) {
      if (e.path("sequence").asLong() <= journalBefore) {
        continue;
      }
      String summary = e.path("summary").asText();
      if (summary.startsWith("OCSP #") && summary.endsWith("→ GOOD")) {
        good++;
      }
      if (summary.startsWith("OCSP #") && summary.endsWith("→ REVOKED")) {
        revoked++;
      }
    }
    assertThat(good).as("OCSP GOOD answers in the verifier's journal").isGreaterThanOrEqualTo(3);
    assertThat(revoked).as("OCSP REVOKED answers").isGreaterThanOrEqualTo(3);
    assertThat(
            http.caJournal()
                .entries(e -> e.summary().startsWith("POST /ocsp") && e.summary().endsWith("200")))
        .as("OCSP requests served by the run's CA")
        .hasSizeGreaterThanOrEqualTo((int) (good + revoked));
  }

  @Test
  void withoutTheReloadTheVerifierStaysOnItsOldTrustAndTheRunFails() throws Exception {
    Path out = dir.resolve("run-stale");
    Path profile = profile("run-stale.yaml", "");
    SystemsUnderTest systems = SutOpener.open(ProfileParser.read(profile), out);
    int status;
    try {
      status =
          ConformanceRunner.run(out, Optional.of(FEATURES), Optional.empty(), systems, "stale");
    } finally {
      systems.close();
    }
    assertThat(status).as("the verifier does not trust the run's CA").isNotZero();
    assertThat(out.resolve("verifier-trust").resolve("auth-ca.pem")).exists();
    assertThat(admin("/admin/health").path("trust").path("dir").asText())
        .isEqualTo(initialTrust.toString());
    assertThat(journal().toString()).contains("UNTRUSTED");
  }

  private static Path profile(String name, String extra) throws IOException {
    String yaml =
        """
        verifier:
          http:
            url: "%s"
            clientCertificate: rp/rp-client.pem
            clientKey: rp/rp-client.key
            trust: rp/verifier-tls-ca.pem
        """
                .formatted(ready.path("verifier").asText())
            + extra;
    return Files.writeString(dir.resolve(name), yaml);
  }

  private static long lastSequence(JsonNode entries) {
    long last = 0;
    for (JsonNode e : entries) {
      last = Math.max(last, e.path("sequence").asLong());
    }
    return last;
  }

  private static JsonNode journal() throws Exception {
    return admin("/admin/journal");
  }

  private static JsonNode admin(String path) throws Exception {
    URI base = URI.create(ready.path("admin").asText()).resolve("/");
    HttpResponse<String> r =
        ADMIN.send(
            HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return Json.mapper().readTree(r.body());
  }

  private static HttpResponse<String> reload(String body) throws Exception {
    return ADMIN.send(
        HttpRequest.newBuilder(URI.create(ready.path("reload").asText()))
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
