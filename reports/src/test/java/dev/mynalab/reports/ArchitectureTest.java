package dev.mynalab.reports;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;

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

  @ArchTest
  static final ArchRule ONE_CLOCK =
      noClasses()
          .should()
          .callMethod(Instant.class, "now")
          .orShould()
          .callMethod(System.class, "currentTimeMillis")
          .orShould()
          .callConstructor(Date.class)
          .orShould()
          .callMethod(LocalDate.class, "now")
          .orShould()
          .callMethod(LocalDateTime.class, "now")
          .orShould()
          .callMethod(Clock.class, "systemUTC")
          .orShould()
          .callMethod(Clock.class, "systemDefaultZone")
          .because("time is injected: read it through dev.mynalab.kit.clock.WorldClock");
}
