package dev.mynalab.reports.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The build's baseline check on the living spec's run: {@code reports/out/cucumber.ndjson}, written
 * by step-definitions' {@code LivingSpecTest} earlier in the same {@code ./mvnw verify} (the root
 * POM lists reports after step-definitions), must give the verdicts accepted in {@code
 * reports/baseline/verdicts.json}. {@code -Dmynalab.baseline.accept=true} rewrites the baseline
 * from the run instead.
 */
class LivingSpecBaselineTest {

  @Test
  void theRunsVerdictsAreTheAcceptedOnes() throws Exception {
    Path out = Path.of(System.getProperty("mynalab.reports.out", "../reports/out"));
    Path catalogue =
        Path.of(System.getProperty("mynalab.features", "../features"), "requirements.yaml");
    Path baseline = Path.of(System.getProperty("mynalab.baseline", "baseline/verdicts.json"));
    if (Boolean.getBoolean("mynalab.baseline.accept")) {
      BaselineCheck.accept(out, catalogue, baseline);
      System.err.println(
          "mynalab: baseline rewritten: " + baseline + " — commit it with the change");
      return;
    }
    Optional<String> failure = BaselineCheck.check(out, catalogue, baseline);
    assertThat(failure).withFailMessage(() -> failure.orElse("")).isEmpty();
  }
}
