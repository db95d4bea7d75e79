package dev.mynalab.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mynalab.reports.model.ConformanceReport;
import dev.mynalab.reports.model.RequirementResult;
import dev.mynalab.reports.model.ScenarioResult;
import dev.mynalab.reports.model.ScenarioStatus;
import dev.mynalab.reports.model.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportAssemblerTest {

  @TempDir Path dir;

  private static Map<String, Verdict> verdicts(ConformanceReport r) {
    Map<String, Verdict> m = new LinkedHashMap<>();
    r.requirements().forEach(q -> m.put(q.id(), q.verdict()));
    return m;
  }

  private static RequirementResult requirement(ConformanceReport r, String id) {
    return r.requirements().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void verdictsFollowTheRules() throws Exception {
    ConformanceReport r = TestRuns.standardReport(dir);
    assertThat(verdicts(r))
        .containsExactly(
            Map.entry("REQ-T-01", Verdict.PASS),
            Map.entry("REQ-T-02", Verdict.FAIL),
            Map.entry("REQ-T-03", Verdict.FAIL),
            Map.entry("REQ-T-04", Verdict.NOT_RUN),
            Map.entry("REQ-T-05", Verdict.KNOWN_DEVIATION),
            Map.entry("REQ-T-06", Verdict.FAIL),
            Map.entry("REQ-T-07", Verdict.NOT_RUN),
            Map.entry("REQ-T-08", Verdict.NOT_RUN));
    assertThat(requirement(r, "REQ-T-02").reason())
        .contains("1 of 1 scenarios failed")
        .contains("features/test/sample.feature:13 FAILED");
    assertThat(requirement(r, "REQ-T-03").reason()).contains("UNDEFINED");
    assertThat(requirement(r, "REQ-T-06").reason()).contains("PENDING");
    assertThat(requirement(r, "REQ-T-07").reason()).contains("1 of 2 scenarios not run");
    assertThat(requirement(r, "REQ-T-08").reason()).isEqualTo("no scenario demonstrates it");
    assertThat(r.knownDeviations())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.requirement()).isEqualTo("REQ-T-05");
              assertThat(d.reason()).isEqualTo("the overseas simulator does not exist yet");
            });
    assertThat(r.summary().verdicts())
        .containsEntry(Verdict.PASS, 1)
        .containsEntry(Verdict.FAIL, 3)
        .containsEntry(Verdict.NOT_RUN, 3)
        .containsEntry(Verdict.KNOWN_DEVIATION, 1)
        .containsEntry(Verdict.NOT_APPLICABLE, 0);
    assertThat(r.summary().scenarios()).isEqualTo(8);
    assertThat(r.summary().scenarioStatuses())
        .containsEntry(ScenarioStatus.PASSED, 3)
        .containsEntry(ScenarioStatus.FAILED, 1)
        .containsEntry(ScenarioStatus.UNDEFINED, 1)
        .containsEntry(ScenarioStatus.PENDING, 1)
        .containsEntry(ScenarioStatus.NOT_RUN, 2);
  }

  @Test
  void scenariosCarryStepsErrorsAndEvidence() throws Exception {
    ConformanceReport r = TestRuns.standardReport(dir);
    ScenarioResult failed =
        r.features().get(0).scenarios().stream()
            .filter(s -> s.id().equals("features/test/sample.feature:13"))
            .findFirst()
            .orElseThrow();
    assertThat(failed.status()).isEqualTo(ScenarioStatus.FAILED);
    assertThat(failed.steps())
        .extracting(s -> s.status())
        .containsExactly(ScenarioStatus.PASSED, ScenarioStatus.FAILED);
    assertThat(failed.steps().get(1).error()).isEqualTo("expected 有効 but was 無効");
    assertThat(failed.steps().get(0).keyword()).isEqualTo("もし");
    assertThat(failed.evidence())
        .singleElement()
        .satisfies(e -> assertThat(e.content()).isEqualTo("journal of 失敗するシナリオ"));
    ScenarioResult filtered =
        r.features().get(0).scenarios().stream()
            .filter(s -> s.line() == 21)
            .findFirst()
            .orElseThrow();
    assertThat(filtered.status()).isEqualTo(ScenarioStatus.NOT_RUN);
    assertThat(filtered.evidence()).isEmpty();
    assertThat(filtered.steps())
        .allSatisfy(s -> assertThat(s.status()).isEqualTo(ScenarioStatus.NOT_RUN));
    assertThat(r.features().get(0).stage()).isEqualTo("利用");
    assertThat(r.features().get(0).description()).isEqualTo("fixture feature 説明");
  }

  @Test
  void aFailingHookOrAnAmbiguousStepFailsTheRequirement() throws Exception {
    new MessagesFixture("classpath:features/x.feature", "x")
        .ranWithHook(3, "@REQ-T-01", "hook fails", "FAILED", "PASSED")
        .ran(7, "@REQ-T-02", "ambiguous", "AMBIGUOUS")
        .writeTo(dir);
    ConformanceReport r = TestRuns.builder(dir).assemble();
    assertThat(requirement(r, "REQ-T-01").verdict()).isEqualTo(Verdict.FAIL);
    assertThat(requirement(r, "REQ-T-02").verdict()).isEqualTo(Verdict.FAIL);
    assertThat(r.features().get(0).uri()).isEqualTo("features/x.feature");
    assertThat(r.features().get(0).scenarios().get(0).steps())
        .anySatisfy(s -> assertThat(s.error()).isEqualTo("hook broke"));
  }

  @Test
  void anIcsMakesRequirementsAndScenariosNotApplicable() throws Exception {
    TestRuns.standard().writeTo(dir);
    Path ics = dir.resolve("ics.yaml");
    Files.writeString(
        ics,
        """
        notApplicable:
          - requirement: REQ-T-02
            reason: no contactless interface
          - scenario: features/test/sample.feature:17
            reason: the vendor's card has no such file
          - tag: "@smoke"
            reason: smoke tests are for the lab only
        """);
    ConformanceReport r = TestRuns.builder(dir).conformanceStatement(Optional.of(ics)).assemble();
    assertThat(requirement(r, "REQ-T-02").verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(requirement(r, "REQ-T-02").reason()).isEqualTo("ICS: no contactless interface");
    // its only scenario is N/A, so REQ-T-03's failure no longer counts
    assertThat(requirement(r, "REQ-T-03").verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    // one of REQ-T-01's two passing scenarios is N/A: still PASS on the applicable one
    assertThat(requirement(r, "REQ-T-01").verdict()).isEqualTo(Verdict.PASS);
    assertThat(r.summary().scenariosNotApplicable()).isEqualTo(3);
    assertThat(r.notApplicable()).hasSize(3);
  }

  @Test
  void aBadIcsIsRefusedNamingTheEntry() throws Exception {
    TestRuns.standard().writeTo(dir);
    Path ics = dir.resolve("ics.yaml");
    Files.writeString(
        ics, "notApplicable:\n  - requirement: REQ-T-02\n    tag: \"@x\"\n    reason: r\n");
    assertThatThrownBy(
            () -> TestRuns.builder(dir).conformanceStatement(Optional.of(ics)).assemble())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("notApplicable[0]")
        .hasMessageContaining("exactly one");
    Files.writeString(ics, "notApplicable:\n  - requirement: REQ-T-02\n");
    assertThatThrownBy(
            () -> TestRuns.builder(dir).conformanceStatement(Optional.of(ics)).assemble())
        .hasMessageContaining("needs a reason");
  }

  @Test
  void ruleBookParametersAndTheRunRecordAreCarried() throws Exception {
    TestRuns.standard().ruleBook("{\"minorAge\":18,\"pinRetries\":3}").writeTo(dir);
    ConformanceReport r = TestRuns.builder(dir).assemble();
    assertThat(r.ruleBookParameters()).containsEntry("minorAge", 18).containsEntry("pinRetries", 3);
    assertThat(r.runRecord()).containsEntry("seed", "7");
    assertThat(r.run().seed()).isEqualTo("7");
    assertThat(r.run().startedAt()).isEqualTo("2026-11-26T13:50:00Z");
    assertThat(r.harness().gitCommit()).hasSize(40);
  }

  @Test
  void aMissingRunIsNamed() {
    assertThatThrownBy(() -> TestRuns.builder(dir).assemble())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cucumber.ndjson")
        .hasMessageContaining("is missing");
  }
}
