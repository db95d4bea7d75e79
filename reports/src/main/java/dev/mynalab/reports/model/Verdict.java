package dev.mynalab.reports.model;

/**
 * The verdict on one requirement of the catalogue (DESIGN.md principle 12). See {@link
 * dev.mynalab.reports.VerdictRules} for how it is reached.
 */
public enum Verdict {
  /** At least one applicable scenario ran and every applicable scenario passed. */
  PASS,
  /** An applicable scenario failed, or had an undefined, pending or ambiguous step. */
  FAIL,
  /** No applicable scenario ran (none exists, or the run's filter left some out). */
  NOT_RUN,
  /**
   * The Implementation Conformance Statement declares the requirement (or all its scenarios) N/A.
   */
  NOT_APPLICABLE,
  /** A {@code planned} requirement: not demonstrated yet, listed with its deviation reason. */
  KNOWN_DEVIATION
}
