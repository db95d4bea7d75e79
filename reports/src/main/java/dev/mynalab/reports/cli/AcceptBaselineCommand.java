package dev.mynalab.reports.cli;

import dev.mynalab.reports.baseline.Baseline;
import dev.mynalab.reports.model.ConformanceReport;
import dev.mynalab.reports.model.ScenarioStatus;
import dev.mynalab.reports.model.Verdict;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mynalab report accept-baseline}: rewrites {@code reports/baseline/verdicts.json} with the
 * verdicts of a run, printing each change, to be committed with the change that caused it. Refuses
 * a run that left scenarios out (a tag filter) unless {@code --allow-partial}, so that a filtered
 * run never becomes the accepted baseline by accident.
 */
@Command(
    name = "accept-baseline",
    description = {
      "Accepts a run's verdicts as the baseline.",
      "Rewrites reports/baseline/verdicts.json, printing each changed requirement.",
      "Commit the file with the change that caused it."
    },
    mixinStandardHelpOptions = true)
final class AcceptBaselineCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "the run's output directory (default: ${DEFAULT-VALUE})",
      defaultValue = "reports/out")
  Path out;

  @Option(
      names = "--baseline",
      paramLabel = "FILE",
      description = "default: reports/baseline/verdicts.json")
  Path baselineFile;

  @Option(
      names = "--allow-partial",
      description = "accept a run whose tag filter left scenarios out")
  boolean allowPartial;

  private final Installation installation;

  AcceptBaselineCommand() {
    this(Installation.current());
  }

  AcceptBaselineCommand(Installation installation) {
    this.installation = installation;
  }

  @Override
  public Integer call() throws Exception {
    Path file = baselineFile != null ? baselineFile : installation.baseline();
    ConformanceReport report =
        new dev.mynalab.reports.ReportBuilder(out, installation.catalogue(), null, null).assemble();
    int left = report.summary().scenarioStatuses().get(ScenarioStatus.NOT_RUN);
    int notRun = report.summary().verdicts().get(Verdict.NOT_RUN);
    if ((left > 0 || notRun > 0) && !allowPartial) {
      throw new IllegalArgumentException(
          "the run in "
              + out
              + " is partial ("
              + left
              + " scenarios left out, "
              + notRun
              + " requirements not run: a tag or feature filter?); run ./mynalab conformance"
              + " without a filter, or pass --allow-partial");
    }
    Baseline current = Baseline.of(report);
    List<Baseline.Change> changes =
        Files.isRegularFile(file) ? Baseline.read(file).changesTo(current) : List.of();
    current.write(file);
    PrintWriter o = spec.commandLine().getOut();
    changes.forEach(c -> o.println("changed: " + c));
    o.println(
        "baseline written: "
            + file
            + " ("
            + current.verdicts().size()
            + " requirements, "
            + changes.size()
            + " changed); commit it with the change");
    o.flush();
    return 0;
  }
}
