package dev.mynalab.reports.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mynalab.reports.TestRuns;
import dev.mynalab.reports.model.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {

  @TempDir Path dir;

  @Test
  void aWrittenBaselineReadsBackAndMatchesItsRun() throws Exception {
    Baseline b = Baseline.of(TestRuns.standardReport(dir.resolve("run")));
    Path file = dir.resolve("verdicts.json");
    b.write(file);
    Baseline read = Baseline.read(file);
    assertThat(read).isEqualTo(b);
    assertThat(read.changesTo(b)).isEmpty();
    assertThat(read.knownDeviations())
        .containsEntry("REQ-T-05", "the overseas simulator does not exist yet");
    assertThat(Files.readString(file))
        .contains("\"REQ-T-01\" : \"PASS\"")
        .contains("accept-baseline");
  }

  @Test
  void everyChangedAddedOrRemovedRequirementIsNamed() {
    Baseline accepted =
        new Baseline(
            Map.of("REQ-A", Verdict.PASS, "REQ-B", Verdict.PASS, "REQ-C", Verdict.FAIL), Map.of());
    Baseline now =
        new Baseline(
            Map.of("REQ-A", Verdict.PASS, "REQ-B", Verdict.FAIL, "REQ-D", Verdict.PASS), Map.of());
    assertThat(accepted.changesTo(now))
        .extracting(Baseline.Change::toString)
        .containsExactly(
            "REQ-B: accepted PASS, now FAIL",
            "REQ-C: accepted FAIL, now (no longer in the catalogue)",
            "REQ-D: accepted (not in baseline), now PASS");
  }

  @Test
  void aBadBaselineFileIsNamed() throws Exception {
    Path file = dir.resolve("verdicts.json");
    Files.writeString(file, "{\"verdicts\":{\"REQ-A\":\"GREAT\"}}");
    assertThatThrownBy(() -> Baseline.read(file))
        .hasMessageContaining("verdicts.REQ-A is not a verdict");
    assertThatThrownBy(() -> Baseline.read(dir.resolve("none.json")))
        .hasMessageContaining("no baseline at")
        .hasMessageContaining("accept-baseline");
  }
}
