package dev.mynalab.reports;

import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.reports.model.ConformanceReport;
import dev.mynalab.reports.model.SystemUnderTest;
import dev.mynalab.reports.sign.ReportSigningKeys;
import dev.mynalab.reports.sign.SigningIdentity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Shared fixtures: the small hand-written run, the catalogue, TEST signing identities. */
public final class TestRuns {

  public static final WorldClock CLOCK = WorldClock.frozenAt(LocalDate.of(2026, 4, 1));

  private TestRuns() {}

  /**
   * The standard fixture run. Expected verdicts: T-01 PASS, T-02 FAIL (failed step), T-03 FAIL
   * (undefined step), T-04 NOT_RUN (filtered out), T-05 KNOWN_DEVIATION (planned), T-06 FAIL
   * (pending step), T-07 NOT_RUN (one of two scenarios filtered out), T-08 NOT_RUN (no scenario).
   */
  public static MessagesFixture standard() {
    return new MessagesFixture("file:///somewhere/features/test/sample.feature", "サンプル機能")
        .ran(5, "@REQ-T-01", "合格するシナリオ", "PASSED", "PASSED")
        .ran(9, "@REQ-T-01 @smoke", "もう一つの合格", "PASSED")
        .ran(13, "@REQ-T-02", "失敗するシナリオ", "PASSED", "FAILED:expected 有効 but was 無効")
        .ran(17, "@REQ-T-03", "未定義の手順", "PASSED", "UNDEFINED")
        .filtered(21, "@REQ-T-04", "除外されたシナリオ")
        .ran(25, "@REQ-T-06", "保留の手順", "PENDING", "SKIPPED")
        .ran(29, "@REQ-T-07", "実行された半分", "PASSED")
        .filtered(33, "@REQ-T-07", "除外された半分");
  }

  /** A run whose feature, scenario, step and evidence texts try to inject markup. */
  public static ConformanceReport hostileReport(Path dir) throws IOException {
    String evil = "<img src=x onerror=\"document.title='pwned'\">";
    new MessagesFixture("file:///x/features/evil.feature", "<script>alert(1)</script>")
        .ran(3, "@REQ-T-01", evil, "PASSED")
        .ran(
            6,
            "@REQ-T-02",
            "<script>alert(1)</script>",
            "FAILED:" + evil + "</pre><script>alert(2)</script>")
        .writeTo(dir);
    return builder(dir).assemble();
  }

  public static Path catalogue() {
    return resource("catalogue.yaml");
  }

  public static Path resource(String name) {
    try {
      return Path.of(TestRuns.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The recorded run of the real living spec (seed 42, 17 scenarios, all passed). */
  public static Path referenceRun(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.copy(resource("reference-run.ndjson"), dir.resolve("cucumber.ndjson"));
    Files.copy(resource("reference-run.json"), dir.resolve("run.json"));
    return dir;
  }

  public static SystemUnderTest sut() {
    return new SystemUnderTest(
        "reference-world",
        "embedded-reference",
        "fixture world",
        "0.0-test",
        "SHA-256",
        "00ff",
        "nothing",
        Map.of());
  }

  private static SigningIdentity identity;
  private static Path identityDir;
  private static SigningIdentity otherIdentity;

  /** A TEST signing identity, generated once per test JVM from a fixed seed. */
  public static synchronized SigningIdentity identity() {
    if (identity == null) {
      try {
        identityDir = Files.createTempDirectory("mynalab-keys-identity");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      identity = ReportSigningKeys.create(identityDir, CLOCK, new SecureRandom());
    }
    return identity;
  }

  /** Installs {@link #identity()}'s key files into {@code keysDir} (key generation is slow). */
  public static void installIdentity(Path keysDir) throws IOException {
    identity();
    Files.createDirectories(keysDir);
    try (var files = Files.list(identityDir)) {
      for (Path f : files.toList()) {
        Files.copy(f, keysDir.resolve(f.getFileName()));
      }
    }
  }

  /** A second, unrelated identity with a CA of the same name (a forger's). */
  public static synchronized SigningIdentity otherIdentity() {
    if (otherIdentity == null) {
      otherIdentity = newIdentity("other", 2);
    }
    return otherIdentity;
  }

  private static SigningIdentity newIdentity(String name, long seed) {
    try {
      Path dir = Files.createTempDirectory("mynalab-keys-" + name);
      return ReportSigningKeys.create(dir, CLOCK, new SecureRandom());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ReportBuilder builder(Path runDir) {
    return new ReportBuilder(runDir, catalogue(), identity(), CLOCK)
        .harness("0.0-test", "0123456789abcdef0123456789abcdef01234567")
        .systemsUnderTest(List.of(sut()));
  }

  public static ConformanceReport standardReport(Path dir) throws IOException {
    standard().writeTo(dir);
    return builder(dir).assemble();
  }
}
