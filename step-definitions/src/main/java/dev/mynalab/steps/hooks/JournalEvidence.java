package dev.mynalab.steps.hooks;

import dev.mynalab.drivers.World;
import dev.mynalab.kit.journal.JournalEntry;
import io.cucumber.java.After;
import io.cucumber.java.Scenario;
import java.util.stream.Collectors;

/**
 * Attaches each scenario's journal excerpt to the scenario as evidence (DESIGN.md principle 10); it
 * lands in the Cucumber messages stream that the reports read.
 */
public final class JournalEvidence {

  private final World world;

  public JournalEvidence(World world) {
    this.world = world;
  }

  @After
  public void attachJournal(Scenario scenario) {
    String excerpt =
        world.journal().entries().stream()
            .map(JournalEntry::toString)
            .collect(Collectors.joining("\n"));
    scenario.attach(
        "seed: " + world.seed() + "\n" + excerpt,
        "text/plain",
        "journal (seed " + world.seed() + ")");
  }
}
