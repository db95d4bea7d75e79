package dev.mynalab.spec;

import dev.mynalab.drivers.RunSettings;
import dev.mynalab.kit.fixtures.Json;
import dev.mynalab.rulebook.RuleBookParameters;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestRunStarted;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A Cucumber plugin that logs the run's seed when the run starts (so that any failure can be
 * replayed with {@code -Dmynalab.seed=}) and writes {@code run.json} beside the other reports: the
 * seed, the start date of every scenario's world, the count of scenarios per status and the
 * rule-book parameters in force ({@code ruleBook}, which the conformance report carries). It also
 * removes a previous profile run's {@link SystemsUnderTestFile}s from that directory.
 */
public final class RunRecordPlugin implements ConcurrentEventListener {

  private final File out;
  private final Map<String, Integer> statusCounts = new ConcurrentHashMap<>();

  public RunRecordPlugin(File out) {
    this.out = out;
  }

  @Override
  public void setEventPublisher(EventPublisher publisher) {
    publisher.registerHandlerFor(TestRunStarted.class, e -> started());
    publisher.registerHandlerFor(
        TestCaseFinished.class,
        e -> statusCounts.merge(e.getResult().getStatus().name(), 1, Integer::sum));
    publisher.registerHandlerFor(TestRunFinished.class, e -> finished());
  }

  private void started() {
    // a profile's files from an earlier run in this directory would otherwise join this run's
    // report (./mvnw verify writes here without going through ConformanceRunner)
    File dir = out.getAbsoluteFile().getParentFile();
    if (dir != null) {
      try {
        SystemsUnderTestFile.remove(dir.toPath());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot remove the last run's files in " + dir, e);
      }
    }
    System.err.println(
        "mynalab: seed "
            + RunSettings.seed()
            + " (replay with -D"
            + dev.mynalab.kit.random.WorldSeed.PROPERTY
            + "="
            + RunSettings.seed()
            + ")");
  }

  private void finished() {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("seed", Long.toString(RunSettings.seed().value()));
    record.put("worldStartDate", RunSettings.startDate().toString());
    record.put("scenarios", new java.util.TreeMap<>(statusCounts));
    // the rule-book parameters in force (DESIGN.md principle 7): every report prints them
    record.put("ruleBook", RuleBookParameters.fromSystemProperties().asMap());
    try {
      File dir = out.getAbsoluteFile().getParentFile();
      if (dir != null) {
        dir.mkdirs();
      }
      Json.mapper().writerWithDefaultPrettyPrinter().writeValue(out, record);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out, e);
    }
  }
}
