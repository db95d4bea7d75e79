package dev.mynalab.reports.cli;

import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.reports.GitCommit;
import dev.mynalab.reports.HarnessVersion;
import dev.mynalab.reports.ReportBuilder;
import dev.mynalab.reports.SystemsUnderTest;
import dev.mynalab.reports.sign.ReportSigningKeys;
import dev.mynalab.reports.sign.SigningIdentity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Where an installation (a checkout, {@code -Dmynalab.home}, set by the launcher) keeps what the
 * reports need: the catalogue {@code features/requirements.yaml}, the baseline {@code
 * reports/baseline/verdicts.json} and the report-signing keys {@code reports/keys/} (generated on
 * first use, gitignored). This is the one-call entry for {@code mynalab conformance}: {@link
 * #writeReport}.
 */
public final class Installation {

  private final Path home;
  private final Clock clock;

  public Installation(Path home, Clock clock) {
    this.home = home;
    this.clock = clock;
  }

  /**
   * The installation of this process: {@code -Dmynalab.home} (the launcher sets it), else the
   * nearest directory upwards from the working directory that holds {@code
   * features/requirements.yaml}, else the working directory.
   */
  public static Installation current() {
    String home = System.getProperty("mynalab.home");
    Path dir = Path.of(home == null ? "." : home).toAbsolutePath().normalize();
    if (home == null) {
      for (Path p = dir; p != null; p = p.getParent()) {
        if (Files.isRegularFile(p.resolve("features").resolve("requirements.yaml"))) {
          dir = p;
          break;
        }
      }
    }
    return new Installation(dir, WorldClock.running());
  }

  public Path home() {
    return home;
  }

  /**
   * The requirement catalogue: the checkout's {@code features/requirements.yaml}, else the copy the
   * step definitions carry on the classpath (extracted to a temporary file).
   */
  public Path catalogue() {
    Path file = home.resolve("features").resolve("requirements.yaml");
    if (Files.isRegularFile(file)) {
      return file;
    }
    try (InputStream in =
        Thread.currentThread()
            .getContextClassLoader()
            .getResourceAsStream("features/requirements.yaml")) {
      if (in == null) {
        return file; // the builder names the missing file
      }
      Path tmp = Files.createTempFile("mynalab-requirements", ".yaml");
      tmp.toFile().deleteOnExit();
      Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
      return tmp;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the built-in requirement catalogue", e);
    }
  }

  public Path baseline() {
    return home.resolve("reports").resolve("baseline").resolve("verdicts.json");
  }

  public Path keys() {
    return home.resolve("reports").resolve("keys");
  }

  /** The installation's report-signing CA certificate (the default trust of {@code verify}). */
  public Path caCertificate() {
    return keys().resolve(ReportSigningKeys.CA_FILE);
  }

  /** The signing identity, generated into {@link #keys()} on first use. */
  public SigningIdentity signingIdentity() {
    return ReportSigningKeys.loadOrCreate(keys(), clock, new SecureRandom());
  }

  /** A builder for the run in {@code outDir}, with this installation's defaults. */
  public ReportBuilder builder(Path outDir) {
    return new ReportBuilder(outDir, catalogue(), signingIdentity(), clock)
        .harness(HarnessVersion.get(), GitCommit.of(home))
        .systemsUnderTest(
            List.of(
                SystemsUnderTest.embeddedReferenceWorld(
                    System.getProperty("java.class.path", ""), HarnessVersion.get())));
  }

  /**
   * Builds, signs and writes the report of the run in {@code outDir}: what {@code mynalab
   * conformance} calls after the run.
   */
  public ReportBuilder.Result writeReport(Path outDir, Optional<Path> ics) throws IOException {
    return builder(outDir).conformanceStatement(ics).build();
  }
}
