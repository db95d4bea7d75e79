package dev.mynalab.reports.model;

/**
 * One N/A declaration of an Implementation Conformance Statement: exactly one of {@code
 * requirement} ({@code REQ-…}), {@code tag} ({@code @…}) or {@code scenario} ({@code <feature
 * path>:<line>}) names what does not apply, with a reason.
 */
public record NotApplicable(String requirement, String tag, String scenario, String reason) {}
