package dev.mynalab.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The project's standing rules, over every main class of every module (this module depends on all
 * simulators). See {@link ArchitectureRules} for each rule's reason.
 */
class ArchitectureTest {

  /** Main classes of every module: reactor modules arrive as jars, so jars are scanned too. */
  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.mynalab");

  @Test
  void timeIsReadOnlyThroughTheWorldClock() {
    ArchitectureRules.ONE_CLOCK.check(MAIN);
  }

  @Test
  void driversDoNotKnowCucumber() {
    ArchitectureRules.DRIVERS_WITHOUT_CUCUMBER.check(MAIN);
  }

  @Test
  void simulatorsDoNotDependOnTheSpecLayer() {
    ArchitectureRules.SIMULATORS_BELOW_SPEC.check(MAIN);
  }

  @Test
  void simulatorsDoNotWriteToStandardStreamsOutsideTheirCommands() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage("dev.mynalab..")
            .and()
            .resideOutsideOfPackages("..cli..", "..bench..", "dev.mynalab.spec..")
            .should()
            .accessField(System.class, "out")
            .because(
                "simulators are libraries: results go to the journal or to the caller, and only"
                    + " command classes (…cli…) and benchmarks print");
    rule.check(MAIN);
  }
}
