package dev.mynalab.steps.hooks;

import dev.mynalab.drivers.sut.SystemsUnderTest;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import java.util.Map;
import org.opentest4j.TestAbortedException;

/**
 * Before anything else in a scenario: when it needs a capability the run's systems under test do
 * not offer ({@code Capabilities}), it is not run — skipped, noted, and reported N/A with the
 * reason, never passed.
 */
public final class CapabilityGate {

  @Before(order = 0)
  public void requireCapabilities(Scenario scenario) {
    SystemsUnderTest systems = SystemsUnderTest.current();
    String uri = scenario.getUri().toString();
    Map<String, String> missing = systems.missingFor(uri, scenario.getSourceTagNames());
    if (missing.isEmpty()) {
      return;
    }
    Map.Entry<String, String> first = missing.entrySet().iterator().next();
    systems.skipped(
        new SystemsUnderTest.Skipped(uri, scenario.getLine(), first.getKey(), first.getValue()));
    throw new TestAbortedException("N/A: " + first.getValue());
  }
}
