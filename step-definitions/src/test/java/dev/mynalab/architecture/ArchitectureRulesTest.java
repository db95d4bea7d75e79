package dev.mynalab.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.mynalab.archfixture.TimeReadingSimulator;
import dev.mynalab.kit.clock.WorldClock;
import org.junit.jupiter.api.Test;

/**
 * Proves the rules can fail: a class that reads the host clock is caught, the clock itself is not.
 */
class ArchitectureRulesTest {

  @Test
  void aSimulatorCallingInstantNowFailsTheClockRule() {
    JavaClasses bad = new ClassFileImporter().importClasses(TimeReadingSimulator.class);
    EvaluationResult result = ArchitectureRules.ONE_CLOCK.evaluate(bad);
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .anySatisfy(d -> assertThat(d).contains("Instant.now()"))
        .anySatisfy(d -> assertThat(d).contains("System.currentTimeMillis()"));
  }

  @Test
  void theClockPackageItselfMayReadTheHostClock() {
    JavaClasses clock = new ClassFileImporter().importClasses(WorldClock.class);
    assertThat(ArchitectureRules.ONE_CLOCK.allowEmptyShould(true).evaluate(clock).hasViolation())
        .isFalse();
  }
}
