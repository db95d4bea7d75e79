package dev.mynalab.cli;

import dev.mynalab.drivers.sut.SystemsUnderTest;
import dev.mynalab.reports.ReportBuilder;
import dev.mynalab.reports.cli.Installation;
import dev.mynalab.reports.cli.ReportSummaryLine;
import dev.mynalab.spec.ConformanceRunner;
import dev.mynalab.spec.profile.ProfileParser;
import dev.mynalab.spec.profile.SutOpener;
import dev.mynalab.spec.profile.SutProfile;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mynalab conformance}: runs the living spec against the embedded reference world and writes
 * the reports. Exit 0 when every scenario passed, 1 when any failed.
 */
@Command(
    name = "conformance",
    description = {
      "Runs the living spec (features/) against the embedded reference world",
      "and writes the reports: the signed conformance report (JSON + .p7s), its HTML living",
      "documentation, per-requirement and Cucumber JUnit XML, the messages stream and run.json."
    },
    mixinStandardHelpOptions = true)
final class ConformanceCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "where the reports go (default: ${DEFAULT-VALUE})",
      defaultValue = "reports/out")
  Path out;

  @Option(
      names = "--tags",
      paramLabel = "EXPR",
      description = "a Cucumber tag expression selecting scenarios, e.g. '@REQ-MN-02'")
  String tags;

  @Option(
      names = "--features",
      paramLabel = "DIR",
      description =
          "the features to run (default: features/ of this checkout, else the built-in copy)")
  Path features;

  @Option(
      names = "--profile",
      paramLabel = "FILE",
      description = {
        "the systems under test (YAML): card (reference | pcsc | applets), verifier",
        "(reference | http | adapter), client (opensc | a command), ics; see profiles/ and",
        "README \"Testing your implementation\" (default: the embedded reference world)"
      })
  Path profile;

  @Option(
      names = "--ics",
      paramLabel = "FILE",
      description = "an Implementation Conformance Statement (YAML) declaring requirements N/A")
  Path ics;

  @Override
  public Integer call() throws Exception {
    Optional<Path> source = Optional.ofNullable(features).or(ConformanceCommand::checkoutFeatures);
    if (source.isPresent() && !Files.isDirectory(source.get())) {
      throw new IllegalArgumentException("--features: no such directory: " + source.get());
    }
    if (ics != null && !Files.isRegularFile(ics)) {
      throw new IllegalArgumentException("--ics: no such file: " + ics);
    }
    int status;
    ReportBuilder.Result report;
    Optional<ClientChecks.Outcome> client = Optional.empty();
    if (profile == null) {
      status = ConformanceRunner.run(out, source, Optional.ofNullable(tags));
      report = Installation.current().writeReport(out, Optional.ofNullable(ics));
    } else {
      SutProfile p = ProfileParser.read(profile);
      if (ics != null && p.ics().isPresent()) {
        throw new IllegalArgumentException(
            "--ics: the profile names an ICS already (ics: " + p.ics().get() + "); give one");
      }
      Optional<Path> statement = Optional.ofNullable(ics).or(p::ics);
      try (SystemsUnderTest systems = SutOpener.open(p, out)) {
        for (SystemsUnderTest.Identity id : systems.identities()) {
          String export = id.properties().get("trustExport");
          if (export != null) {
            spec.commandLine()
                .getErr()
                .println(
                    "conformance: the run's JPKI TEST CA is exported for the verifier to "
                        + export
                        + (id.properties().containsKey("prepare")
                            ? "; prepare exited 0: " + id.properties().get("prepare")
                            : "; no prepare command"));
          }
        }
        Optional<ClientChecks> checks = ClientChecks.prepare(p);
        status =
            ConformanceRunner.run(
                out, source, Optional.ofNullable(tags), systems, profile.toString());
        if (checks.isPresent()) {
          client = Optional.of(checks.get().run(out));
          if (!client.get().passed()) {
            status = 1;
          }
        }
      }
      report = Installation.current().writeReport(out, statement);
    }
    PrintWriter stdout = spec.commandLine().getOut();
    ConformanceRunner.Outputs outputs = ConformanceRunner.outputs(out);
    stdout.println();
    stdout.println(status == 0 ? "conformance: all scenarios passed" : "conformance: FAILED");
    client.ifPresent(c -> c.lines().forEach(stdout::println));
    stdout.println(ReportSummaryLine.of(report.report()));
    stdout.println("report: " + report.files().html().toAbsolutePath().normalize());
    stdout.println("signed: " + report.files().json().toAbsolutePath().normalize() + " (+ .p7s)");
    stdout.println("junit:  " + report.files().junit().toAbsolutePath().normalize());
    stdout.println("cucumber: " + outputs.html().toAbsolutePath().normalize());
    stdout.println("cucumber-junit: " + outputs.junit().toAbsolutePath().normalize());
    stdout.println("messages: " + outputs.messages().toAbsolutePath().normalize());
    stdout.println("run:    " + outputs.runRecord().toAbsolutePath().normalize());
    stdout.flush();
    return status == 0 ? 0 : 1;
  }

  /** {@code $MYNALAB_HOME/features} (the launcher sets {@code mynalab.home}) when present. */
  private static Optional<Path> checkoutFeatures() {
    return Optional.ofNullable(System.getProperty("mynalab.home"))
        .map(home -> Path.of(home, "features"))
        .filter(Files::isDirectory);
  }
}
