package dev.mynalab.reports;

import dev.mynalab.reports.input.CatalogueEntry;
import dev.mynalab.reports.input.CucumberRun;
import dev.mynalab.reports.input.ParsedFeature;
import dev.mynalab.reports.input.ParsedScenario;
import dev.mynalab.reports.input.RunRecordFile;
import dev.mynalab.reports.model.ConformanceReport;
import dev.mynalab.reports.model.FeatureResult;
import dev.mynalab.reports.model.Harness;
import dev.mynalab.reports.model.KnownDeviation;
import dev.mynalab.reports.model.NotApplicable;
import dev.mynalab.reports.model.RequirementResult;
import dev.mynalab.reports.model.RunInfo;
import dev.mynalab.reports.model.ScenarioResult;
import dev.mynalab.reports.model.ScenarioStatus;
import dev.mynalab.reports.model.Summary;
import dev.mynalab.reports.model.SystemUnderTest;
import dev.mynalab.reports.model.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Joins what a run wrote (Cucumber messages, run.json), the requirement catalogue and the ICS into
 * the report's model: every scenario with its steps and evidence under its feature, every
 * requirement of the catalogue with its verdict ({@link VerdictRules}).
 */
public final class ReportAssembler {

  /** Everything a report is made of; all read from files or handed in by the caller. */
  public record Inputs(
      CucumberRun run,
      List<CatalogueEntry> catalogue,
      Map<String, Object> runRecord,
      List<SystemUnderTest> systemsUnderTest,
      List<NotApplicable> notApplicable,
      String harnessVersion,
      String gitCommit) {}

  private static final String TAG_PREFIX = "@REQ-";

  private ReportAssembler() {}

  public static ConformanceReport assemble(Inputs in) {
    Map<String, CatalogueEntry> byId = new LinkedHashMap<>();
    in.catalogue().forEach(e -> byId.put(e.id(), e));
    Map<String, String> requirementNa = new HashMap<>();
    for (NotApplicable na : in.notApplicable()) {
      if (na.requirement() != null) {
        requirementNa.put(na.requirement(), na.reason());
      }
    }

    List<FeatureResult> features = new ArrayList<>();
    Map<String, List<ScenarioResult>> scenariosOf = new HashMap<>();
    for (ParsedFeature f : in.run().features()) {
      List<ScenarioResult> scenarios = new ArrayList<>();
      for (ParsedScenario p : f.scenarios()) {
        ScenarioResult s = scenario(p, in.notApplicable(), requirementNa);
        scenarios.add(s);
        s.requirements()
            .forEach(r -> scenariosOf.computeIfAbsent(r, k -> new ArrayList<>()).add(s));
      }
      features.add(
          new FeatureResult(
              f.uri(),
              f.name(),
              f.description(),
              stageOf(scenarios, byId),
              List.copyOf(scenarios)));
    }
    features.sort(
        Comparator.comparing(FeatureResult::stage, Stages.LIFECYCLE)
            .thenComparing(FeatureResult::uri));

    List<RequirementResult> requirements = new ArrayList<>();
    List<KnownDeviation> deviations = new ArrayList<>();
    for (CatalogueEntry e : in.catalogue()) {
      List<ScenarioResult> tagged = scenariosOf.getOrDefault(e.id(), List.of());
      VerdictRules.Outcome o = VerdictRules.decide(e, requirementNa.get(e.id()), tagged);
      requirements.add(
          new RequirementResult(
              e.id(),
              e.titleJa(),
              e.titleEn(),
              e.source(),
              Optional.ofNullable(e.stage()).orElse(Stages.NONE),
              e.status(),
              e.effectiveFrom(),
              e.effectiveTo(),
              o.verdict(),
              o.reason(),
              tagged.stream().map(ScenarioResult::id).toList()));
      if (o.verdict() == Verdict.KNOWN_DEVIATION) {
        deviations.add(new KnownDeviation(e.id(), o.reason()));
      }
    }

    CucumberRun run = in.run();
    Map<String, Object> record = in.runRecord();
    RunInfo info =
        new RunInfo(
            Objects.toString(record.get("seed"), "unknown"),
            Objects.toString(record.get("worldStartDate"), null),
            run.startedAt() == null ? null : run.startedAt().toString(),
            run.finishedAt() == null ? null : run.finishedAt().toString(),
            run.success());
    return new ConformanceReport(
        ConformanceReport.SCHEMA_VERSION,
        "mynalab conformance report (TEST ONLY)",
        new Harness("mynalab", in.harnessVersion(), in.gitCommit(), run.cucumber(), run.runtime()),
        info,
        RunRecordFile.ruleBook(record),
        record,
        in.systemsUnderTest(),
        in.notApplicable(),
        summary(requirements, features),
        List.copyOf(requirements),
        List.copyOf(features),
        List.copyOf(deviations));
  }

  private static ScenarioResult scenario(
      ParsedScenario p, List<NotApplicable> ics, Map<String, String> requirementNa) {
    List<String> reqs =
        p.tags().stream().filter(t -> t.startsWith(TAG_PREFIX)).map(t -> t.substring(1)).toList();
    String naReason = null;
    for (NotApplicable na : ics) {
      if (p.id().equals(na.scenario()) || (na.tag() != null && p.tags().contains(na.tag()))) {
        naReason = na.reason();
      }
    }
    if (naReason == null && !reqs.isEmpty() && reqs.stream().allMatch(requirementNa::containsKey)) {
      naReason = requirementNa.get(reqs.get(0));
    }
    return new ScenarioResult(
        p.id(),
        p.keyword(),
        p.name(),
        p.line(),
        p.tags(),
        reqs,
        p.status(),
        naReason == null,
        naReason,
        p.durationMillis(),
        p.steps(),
        p.evidence());
  }

  /** The stage most of a feature's requirements belong to. */
  private static String stageOf(List<ScenarioResult> scenarios, Map<String, CatalogueEntry> byId) {
    Map<String, Integer> votes = new LinkedHashMap<>();
    for (ScenarioResult s : scenarios) {
      for (String r : s.requirements()) {
        CatalogueEntry e = byId.get(r);
        if (e != null && e.stage() != null) {
          votes.merge(e.stage(), 1, Integer::sum);
        }
      }
    }
    return votes.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(Stages.NONE);
  }

  private static Summary summary(List<RequirementResult> reqs, List<FeatureResult> features) {
    Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
    for (Verdict v : Verdict.values()) {
      verdicts.put(v, 0);
    }
    reqs.forEach(r -> verdicts.merge(r.verdict(), 1, Integer::sum));
    Map<ScenarioStatus, Integer> statuses = new EnumMap<>(ScenarioStatus.class);
    for (ScenarioStatus s : ScenarioStatus.values()) {
      statuses.put(s, 0);
    }
    int total = 0;
    int na = 0;
    for (FeatureResult f : features) {
      for (ScenarioResult s : f.scenarios()) {
        total++;
        statuses.merge(s.status(), 1, Integer::sum);
        if (!s.applicable()) {
          na++;
        }
      }
    }
    return new Summary(reqs.size(), verdicts, total, statuses, na);
  }
}
