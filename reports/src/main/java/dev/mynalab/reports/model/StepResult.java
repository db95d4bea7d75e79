package dev.mynalab.reports.model;

/**
 * One step of a scenario as it ran.
 *
 * @param keyword the Gherkin keyword in the feature's language, e.g. {@code "もし"}
 * @param text the step text with the example's values substituted
 * @param status the step's status ({@code NOT_RUN} when the scenario did not run)
 * @param error the failure message, or null
 */
public record StepResult(String keyword, String text, ScenarioStatus status, String error) {}
