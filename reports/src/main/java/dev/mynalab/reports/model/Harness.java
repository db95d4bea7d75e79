package dev.mynalab.reports.model;

/**
 * The harness that produced the report.
 *
 * @param gitCommit {@code git rev-parse HEAD} of the checkout, or {@code "unknown"}
 * @param cucumber the Cucumber implementation and version from the messages' {@code meta}
 * @param runtime the JVM that ran the scenarios
 */
public record Harness(
    String name, String version, String gitCommit, String cucumber, String runtime) {}
