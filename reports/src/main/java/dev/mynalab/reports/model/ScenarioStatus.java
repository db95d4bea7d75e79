package dev.mynalab.reports.model;

import java.util.Collection;

/**
 * The outcome of one scenario: Cucumber's test-step statuses, the worst step deciding, plus {@link
 * #NOT_RUN} for a scenario the run's tag filter left out (a pickle without a test case).
 */
public enum ScenarioStatus {
  PASSED,
  SKIPPED,
  NOT_RUN,
  PENDING,
  UNDEFINED,
  AMBIGUOUS,
  UNKNOWN,
  FAILED;

  /**
   * True for a scenario that ran and did not demonstrate its requirement: failed, or with an
   * undefined, pending or ambiguous step (a requirement whose step has no definition is not met).
   */
  public boolean isFailure() {
    return this == FAILED
        || this == UNDEFINED
        || this == PENDING
        || this == AMBIGUOUS
        || this == UNKNOWN;
  }

  /** Cucumber's step status name, e.g. {@code "FAILED"}; unknown names map to {@link #UNKNOWN}. */
  public static ScenarioStatus ofCucumber(String name) {
    for (ScenarioStatus s : values()) {
      if (s.name().equals(name) && s != NOT_RUN) {
        return s;
      }
    }
    return UNKNOWN;
  }

  /** The scenario's status from its steps' statuses, by Cucumber's precedence (worst wins). */
  public static ScenarioStatus worstOf(Collection<ScenarioStatus> steps) {
    ScenarioStatus worst = PASSED;
    for (ScenarioStatus s : steps) {
      if (rank(s) > rank(worst)) {
        worst = s;
      }
    }
    return worst;
  }

  private static int rank(ScenarioStatus s) {
    return switch (s) {
      case PASSED -> 0;
      case SKIPPED -> 1;
      case NOT_RUN -> 2;
      case PENDING -> 3;
      case UNDEFINED -> 4;
      case AMBIGUOUS -> 5;
      case UNKNOWN -> 6;
      case FAILED -> 7;
    };
  }
}
