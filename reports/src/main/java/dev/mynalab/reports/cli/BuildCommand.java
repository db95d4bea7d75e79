package dev.mynalab.reports.cli;

import dev.mynalab.reports.ReportBuilder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mynalab report build}: builds and signs the report of a run that already happened (e.g.
 * the one {@code ./mvnw verify} wrote), without running anything.
 */
@Command(
    name = "build",
    description = {
      "Builds the signed report of a run already made.",
      "Writes JSON + .p7s, HTML and JUnit XML from the run's cucumber.ndjson and run.json",
      "without running the scenarios again."
    },
    mixinStandardHelpOptions = true)
final class BuildCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "the run's output directory (default: ${DEFAULT-VALUE})",
      defaultValue = "reports/out")
  Path out;

  @Option(
      names = "--ics",
      paramLabel = "FILE",
      description = "an Implementation Conformance Statement (YAML) declaring requirements N/A")
  Path ics;

  private final Installation installation;

  BuildCommand() {
    this(Installation.current());
  }

  BuildCommand(Installation installation) {
    this.installation = installation;
  }

  @Override
  public Integer call() throws Exception {
    ReportBuilder.Result r = installation.writeReport(out, Optional.ofNullable(ics));
    ReportOutput.print(spec.commandLine().getOut(), r);
    return 0;
  }

  /** Prints where a report went and its summary. */
  static final class ReportOutput {
    private ReportOutput() {}

    static void print(PrintWriter out, ReportBuilder.Result r) {
      out.println(ReportSummaryLine.of(r.report()));
      out.println("report:    " + r.files().html().toAbsolutePath().normalize());
      out.println("json:      " + r.files().json().toAbsolutePath().normalize());
      out.println("signature: " + r.files().signature().toAbsolutePath().normalize());
      out.println("junit:     " + r.files().junit().toAbsolutePath().normalize());
      out.flush();
    }
  }
}
