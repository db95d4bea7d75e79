package dev.mynalab.reports.model;

import java.util.List;

/**
 * One scenario (one example row of an outline) and its outcome.
 *
 * @param id stable within a revision of the features: {@code <feature path>:<line>}, the line of
 *     the scenario or of its example row
 * @param requirements the {@code @REQ-…} tags, without the {@code @}
 * @param applicable false when the ICS declares the scenario (or all its requirements) N/A
 * @param notApplicableReason the ICS's reason, or null
 * @param durationMillis the scenario's running time, 0 when it did not run
 */
public record ScenarioResult(
    String id,
    String keyword,
    String name,
    int line,
    List<String> tags,
    List<String> requirements,
    ScenarioStatus status,
    boolean applicable,
    String notApplicableReason,
    long durationMillis,
    List<StepResult> steps,
    List<Evidence> evidence) {}
