package dev.mynalab.reports;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.mynalab.kit.testing.ClockRule;

/**
 * DESIGN.md: "reports reads files only" — no simulator, driver, step or spec class — and time is
 * injected here too.
 */
@AnalyzeClasses(
    packages = "dev.mynalab.reports",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule READS_FILES_ONLY =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.mynalab.drivers..",
              "dev.mynalab.steps..",
              "dev.mynalab.spec..",
              "dev.mynalab.registry..",
              "dev.mynalab.card..",
              "dev.mynalab.ca..",
              "io.cucumber..")
          .because("reports reads files only (DESIGN.md)");

  @ArchTest static final ArchRule ONE_CLOCK = ClockRule.ONE_CLOCK;
}
