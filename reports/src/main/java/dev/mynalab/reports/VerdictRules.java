package dev.mynalab.reports;

import dev.mynalab.reports.input.CatalogueEntry;
import dev.mynalab.reports.model.ScenarioResult;
import dev.mynalab.reports.model.ScenarioStatus;
import dev.mynalab.reports.model.Verdict;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How a requirement's verdict follows from its scenarios (DESIGN.md principle 12), in this order:
 *
 * <ol>
 *   <li>the ICS declares the requirement N/A → {@link Verdict#NOT_APPLICABLE};
 *   <li>the catalogue says {@code planned} → {@link Verdict#KNOWN_DEVIATION} (its {@code deviation}
 *       is the reason);
 *   <li>it has scenarios but the ICS made every one of them N/A → {@link Verdict#NOT_APPLICABLE};
 *   <li>an applicable scenario failed, or has an undefined, pending or ambiguous step → {@link
 *       Verdict#FAIL};
 *   <li>at least one applicable scenario, and every applicable scenario passed → {@link
 *       Verdict#PASS};
 *   <li>otherwise (no scenario at all, or some were left out by the run's tag filter or skipped) →
 *       {@link Verdict#NOT_RUN}: a requirement is never PASS on part of its evidence.
 * </ol>
 */
public final class VerdictRules {

  /** A verdict and, unless PASS, why. */
  public record Outcome(Verdict verdict, String reason) {}

  private VerdictRules() {}

  /**
   * @param notApplicableReason the ICS's reason when it declares the whole requirement N/A, else
   *     null
   * @param scenarios every scenario tagged with the requirement
   */
  public static Outcome decide(
      CatalogueEntry requirement, String notApplicableReason, List<ScenarioResult> scenarios) {
    if (notApplicableReason != null) {
      return new Outcome(Verdict.NOT_APPLICABLE, "ICS: " + notApplicableReason);
    }
    if (requirement.planned()) {
      String why = requirement.deviation();
      return new Outcome(
          Verdict.KNOWN_DEVIATION,
          why == null || why.isBlank() ? "planned, not demonstrated" : why);
    }
    List<ScenarioResult> applicable =
        scenarios.stream().filter(ScenarioResult::applicable).toList();
    if (!scenarios.isEmpty() && applicable.isEmpty()) {
      return new Outcome(Verdict.NOT_APPLICABLE, "ICS: every scenario is N/A");
    }
    List<ScenarioResult> failed = applicable.stream().filter(s -> s.status().isFailure()).toList();
    if (!failed.isEmpty()) {
      return new Outcome(
          Verdict.FAIL,
          failed.size()
              + " of "
              + applicable.size()
              + " scenarios failed: "
              + failed.stream()
                  .map(s -> s.id() + " " + s.status())
                  .collect(Collectors.joining(", ")));
    }
    if (applicable.isEmpty()) {
      return new Outcome(Verdict.NOT_RUN, "no scenario demonstrates it");
    }
    long notPassed = applicable.stream().filter(s -> s.status() != ScenarioStatus.PASSED).count();
    if (notPassed > 0) {
      return new Outcome(
          Verdict.NOT_RUN,
          notPassed + " of " + applicable.size() + " scenarios not run (filtered out or skipped)");
    }
    return new Outcome(Verdict.PASS, null);
  }
}
