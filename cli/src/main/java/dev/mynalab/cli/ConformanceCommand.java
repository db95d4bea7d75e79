package dev.mynalab.cli;

import dev.mynalab.reports.ReportBuilder;
import dev.mynalab.reports.cli.Installation;
import dev.mynalab.reports.cli.ReportSummaryLine;
import dev.mynalab.spec.ConformanceRunner;
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
    int status = ConformanceRunner.run(out, source, Optional.ofNullable(tags));
    ReportBuilder.Result report = Installation.current().writeReport(out, Optional.ofNullable(ics));
    PrintWriter stdout = spec.commandLine().getOut();
    ConformanceRunner.Outputs outputs = ConformanceRunner.outputs(out);
    stdout.println();
    stdout.println(status == 0 ? "conformance: all scenarios passed" : "conformance: FAILED");
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
