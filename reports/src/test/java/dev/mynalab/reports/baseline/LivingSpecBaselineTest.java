package dev.mynalab.reports.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.reports.ReportBuilder;
import dev.mynalab.reports.model.ConformanceReport;
import dev.mynalab.reports.model.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The build's baseline check (DESIGN.md principle 12): the verdicts of the living spec's run —
 * {@code reports/out/cucumber.ndjson}, written by step-definitions' {@code LivingSpecTest} earlier
 * in the same {@code ./mvnw verify} (the root POM lists reports after step-definitions) — must
 * equal the accepted ones in {@code reports/baseline/verdicts.json}. A difference fails naming each
 * changed requirement and how to accept it.
 *
 * <p>{@code -Dmynalab.baseline.accept=true} rewrites the baseline from the run instead.
 */
class LivingSpecBaselineTest {

  @Test
  void theRunsVerdictsAreTheAcceptedOnes() throws Exception {
    Path out = Path.of(System.getProperty("mynalab.reports.out", "../reports/out"));
    Path features = Path.of(System.getProperty("mynalab.features", "../features"));
    Path baselineFile = Path.of(System.getProperty("mynalab.baseline", "baseline/verdicts.json"));
    Path messages = out.resolve("cucumber.ndjson");
    assertThat(Files.isRegularFile(messages))
        .withFailMessage(
            "no living-spec run to check against the baseline: %s is missing. It is written by"
                + " step-definitions' LivingSpecTest earlier in the same build: run ./mvnw verify"
                + " from the repository root (or ./mynalab conformance) first.",
            messages)
        .isTrue();
    ConformanceReport report =
        new ReportBuilder(out, features.resolve("requirements.yaml"), null, null).assemble();
    Baseline current = Baseline.of(report);

    if (Boolean.getBoolean("mynalab.baseline.accept")) {
      current.write(baselineFile);
      System.err.println(
          "mynalab: baseline rewritten: " + baselineFile + " — commit it with the change");
      return;
    }
    List<Baseline.Change> changes = Baseline.read(baselineFile).changesTo(current);
    boolean partial = current.verdicts().containsValue(Verdict.NOT_RUN);
    assertThat(changes)
        .withFailMessage(
            "%d requirement verdict(s) differ from the accepted baseline %s:%n  %s%n%s%s",
            changes.size(),
            baselineFile,
            changes.stream().map(Object::toString).collect(Collectors.joining("\n  ")),
            Baseline.HOW_TO_ACCEPT,
            partial
                ? "\n(NOT_RUN verdicts: was "
                    + messages
                    + " written by a filtered run, e.g. --tags? Run the whole spec first.)"
                : "")
        .isEmpty();
  }
}
