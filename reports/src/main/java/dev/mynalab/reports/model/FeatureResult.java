package dev.mynalab.reports.model;

import java.util.List;

/**
 * One feature file and its scenarios.
 *
 * @param uri the path from the repository root, e.g. {@code features/numbers/mynumber.feature}
 * @param stage the lifecycle stage (requirements.yaml {@code stage}) of most of its requirements
 */
public record FeatureResult(
    String uri, String name, String description, String stage, List<ScenarioResult> scenarios) {}
