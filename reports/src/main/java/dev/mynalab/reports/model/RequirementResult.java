package dev.mynalab.reports.model;

import java.util.List;

/**
 * A requirement of the catalogue with its verdict.
 *
 * @param status the catalogue status: {@code active} or {@code planned}
 * @param verdict see {@link Verdict}
 * @param reason why the verdict is not PASS (the deviation, the ICS's N/A reason, the failing
 *     scenarios), or null
 * @param scenarios the ids of the scenarios tagged with it (see {@link ScenarioResult#id()})
 */
public record RequirementResult(
    String id,
    String titleJa,
    String titleEn,
    String source,
    String stage,
    String status,
    String effectiveFrom,
    String effectiveTo,
    Verdict verdict,
    String reason,
    List<String> scenarios) {}
