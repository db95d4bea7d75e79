package dev.mynalab.reports.baseline;

import dev.mynalab.reports.ReportBuilder;
import dev.mynalab.reports.ReportFiles;
import dev.mynalab.reports.model.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The build's baseline check (DESIGN.md principle 12): the verdicts of a run must equal the
 * accepted ones. Returns the failure message — naming every changed requirement and how to accept
 * the change — or nothing when the run matches.
 */
public final class BaselineCheck {

  private BaselineCheck() {}

  /**
   * @param runDir where the run wrote {@code cucumber.ndjson} (and {@code run.json})
   * @param catalogue {@code features/requirements.yaml}
   * @param baselineFile {@code reports/baseline/verdicts.json}
   */
  public static Optional<String> check(Path runDir, Path catalogue, Path baselineFile) {
    Path messages = ReportFiles.in(runDir).messages();
    if (!Files.isRegularFile(messages)) {
      return Optional.of(
          "no living-spec run to check against the baseline: "
              + messages
              + " is missing. It is written by step-definitions' LivingSpecTest earlier in the same"
              + " build: run ./mvnw verify from the repository root (or ./mynalab conformance)"
              + " first.");
    }
    Baseline current = current(runDir, catalogue);
    List<Baseline.Change> changes = Baseline.read(baselineFile).changesTo(current);
    if (changes.isEmpty()) {
      return Optional.empty();
    }
    boolean partial = current.verdicts().containsValue(Verdict.NOT_RUN);
    return Optional.of(
        changes.size()
            + " requirement verdict(s) differ from the accepted baseline "
            + baselineFile
            + ":\n  "
            + changes.stream().map(Object::toString).collect(Collectors.joining("\n  "))
            + "\n"
            + Baseline.HOW_TO_ACCEPT
            + (partial
                ? "\n(NOT_RUN verdicts: was "
                    + messages
                    + " written by a filtered run, e.g. --tags? Run the whole spec first.)"
                : ""));
  }

  /** Rewrites the baseline from the run (the {@code -Dmynalab.baseline.accept=true} path). */
  public static void accept(Path runDir, Path catalogue, Path baselineFile) throws IOException {
    current(runDir, catalogue).write(baselineFile);
  }

  private static Baseline current(Path runDir, Path catalogue) {
    return Baseline.of(new ReportBuilder(runDir, catalogue, null, null).assemble());
  }
}
