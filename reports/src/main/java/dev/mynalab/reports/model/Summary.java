package dev.mynalab.reports.model;

import java.util.Map;

/**
 * Counts: requirements per verdict and scenarios per status (every enum value present, zeros
 * included), so readers need not count.
 */
public record Summary(
    int requirements,
    Map<Verdict, Integer> verdicts,
    int scenarios,
    Map<ScenarioStatus, Integer> scenarioStatuses,
    int scenariosNotApplicable) {}
