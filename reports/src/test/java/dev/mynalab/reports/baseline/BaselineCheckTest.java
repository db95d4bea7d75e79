package dev.mynalab.reports.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.reports.MessagesFixture;
import dev.mynalab.reports.TestRuns;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The baseline check itself: it passes on the accepted run and fails, clearly, on any change. */
class BaselineCheckTest {

  @TempDir Path dir;

  private static MessagesFixture allPass(String t08) {
    return new MessagesFixture("file:///x/features/a.feature", "a")
        .ran(3, "@REQ-T-01", "p", "PASSED")
        .ran(4, "@REQ-T-02", "p", "PASSED")
        .ran(5, "@REQ-T-03", "p", "PASSED")
        .ran(6, "@REQ-T-04", "p", "PASSED")
        .ran(7, "@REQ-T-06", "p", "PASSED")
        .ran(8, "@REQ-T-07", "p", "PASSED")
        .ran(9, "@REQ-T-08", "p", t08);
  }

  @Test
  void theAcceptedRunPassesAndAChangedVerdictFailsNamingItAndTheCommand() throws Exception {
    Path run = allPass("PASSED").writeTo(dir.resolve("run"));
    Path baseline = dir.resolve("verdicts.json");
    BaselineCheck.accept(run, TestRuns.catalogue(), baseline);
    assertThat(BaselineCheck.check(run, TestRuns.catalogue(), baseline)).isEmpty();

    allPass("FAILED:broken").writeTo(run);
    assertThat(BaselineCheck.check(run, TestRuns.catalogue(), baseline))
        .hasValueSatisfying(
            m ->
                assertThat(m)
                    .contains("1 requirement verdict(s) differ")
                    .contains("REQ-T-08: accepted PASS, now FAIL")
                    .contains("./mynalab report accept-baseline")
                    .contains("-Dmynalab.baseline.accept=true")
                    .doesNotContain("REQ-T-01"));
  }

  @Test
  void aFilteredRunIsPointedOut() throws Exception {
    Path run = allPass("PASSED").writeTo(dir.resolve("run"));
    Path baseline = dir.resolve("verdicts.json");
    BaselineCheck.accept(run, TestRuns.catalogue(), baseline);
    TestRuns.standard().writeTo(run);
    assertThat(BaselineCheck.check(run, TestRuns.catalogue(), baseline))
        .hasValueSatisfying(m -> assertThat(m).contains("now NOT_RUN").contains("filtered run"));
  }

  @Test
  void aMissingRunFailsClearly() {
    assertThat(BaselineCheck.check(dir, TestRuns.catalogue(), dir.resolve("verdicts.json")))
        .hasValueSatisfying(
            m -> assertThat(m).contains("cucumber.ndjson is missing").contains("./mvnw verify"));
  }
}
