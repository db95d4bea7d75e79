package dev.mynalab.reports.input;

import dev.mynalab.reports.model.Evidence;
import dev.mynalab.reports.model.ScenarioStatus;
import dev.mynalab.reports.model.StepResult;
import java.util.List;

/** One pickle (scenario or example row) of a run as read from the Cucumber messages. */
public record ParsedScenario(
    String featureUri,
    String keyword,
    String name,
    int line,
    List<String> tags,
    ScenarioStatus status,
    long durationMillis,
    List<StepResult> steps,
    List<Evidence> evidence) {

  /** {@code <feature path>:<line>}. */
  public String id() {
    return featureUri + ":" + line;
  }
}
