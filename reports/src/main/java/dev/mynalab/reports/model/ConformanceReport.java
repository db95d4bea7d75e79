package dev.mynalab.reports.model;

import java.util.List;
import java.util.Map;

/**
 * The conformance report ({@code conformance-report.json}); its JSON Schema is {@code
 * reports/schema/conformance-report.schema.json}. Requirements refer to scenarios by id; the
 * scenarios, with their evidence, sit under their features.
 *
 * @param ruleBookParameters the rule-book parameters the run used (DESIGN.md principle 7), from
 *     run.json's {@code ruleBook}
 * @param runRecord run.json as the run wrote it
 * @param notApplicable the Implementation Conformance Statement's N/A declarations
 */
public record ConformanceReport(
    String schemaVersion,
    String title,
    Harness harness,
    RunInfo run,
    Map<String, Object> ruleBookParameters,
    Map<String, Object> runRecord,
    List<SystemUnderTest> systemsUnderTest,
    List<NotApplicable> notApplicable,
    Summary summary,
    List<RequirementResult> requirements,
    List<FeatureResult> features,
    List<KnownDeviation> knownDeviations) {

  public static final String SCHEMA_VERSION = "1.0";
}
