package dev.mynalab.world;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.random.WorldSeed;
import dev.mynalab.registry.store.InMemoryRegistryStore;
import dev.mynalab.rulebook.RuleBook;
import dev.mynalab.rulebook.RuleBookParameters;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The register and the CAs of one world ask the same rule book (one 29-February parameter). */
class OneRuleBookTest {

  @Test
  void theCasGetTheWorldsRuleBookParameters() {
    WorldClock clock = WorldClock.frozenAt(LocalDate.of(2026, 4, 1));
    RuleBookParameters d = RuleBookParameters.defaults();
    RuleBook march =
        new RuleBook(
            new RuleBookParameters(
                RuleBookParameters.LeapDayBirthday.MAR_01,
                d.ageTestAnchor(),
                d.dayBeforeBirthday()));
    ReferenceWorld world =
        ReferenceWorld.create(
            clock, WorldSeed.of(7), new Journal(clock), march, new InMemoryRegistryStore());
    assertThat(world.ca().settings().rules()).isEqualTo(march.parameters());
    assertThat(world.ca().settings().describe())
        .containsEntry("mynalab.rule.leapDayBirthday", "MAR_01");
  }
}
