package dev.mynalab.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Date;

/** The architecture rules, shared by the tests that apply them and the tests that prove them. */
final class ArchitectureRules {

  private ArchitectureRules() {}

  /** The only package allowed to read the host's clock (DESIGN.md principle 6). */
  static final String CLOCK_PACKAGE = "dev.mynalab.kit.clock..";

  /**
   * One injected clock: every time read goes through {@code WorldClock}, so that scenarios can set
   * the date. Forbidden elsewhere: {@code Instant.now()}, {@code System.currentTimeMillis()},
   * {@code new Date()}, {@code LocalDate.now()} and the other {@code now()}s, {@code
   * Clock.system*()}.
   */
  static final ArchRule ONE_CLOCK =
      noClasses()
          .that()
          .resideOutsideOfPackage(CLOCK_PACKAGE)
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
          .callMethod(LocalTime.class, "now")
          .orShould()
          .callMethod(ZonedDateTime.class, "now")
          .orShould()
          .callMethod(OffsetDateTime.class, "now")
          .orShould()
          .callMethod(Clock.class, "systemUTC")
          .orShould()
          .callMethod(Clock.class, "systemDefaultZone")
          .because("time is injected: read it through dev.mynalab.kit.clock.WorldClock");

  /** Drivers speak the domain and are reused by the load tests, which do not run Cucumber. */
  static final ArchRule DRIVERS_WITHOUT_CUCUMBER =
      noClasses()
          .that()
          .resideInAPackage("dev.mynalab.drivers..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.cucumber..")
          .because("drivers are reused by load tests; only step classes know Cucumber");

  /** Dependencies flow one way: simulators ← drivers/steps/spec. */
  static final ArchRule SIMULATORS_BELOW_SPEC =
      noClasses()
          .that()
          .resideOutsideOfPackages(
              "dev.mynalab.drivers..",
              "dev.mynalab.steps..",
              "dev.mynalab.spec..",
              "dev.mynalab.cli..",
              "dev.mynalab.load..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("dev.mynalab.drivers..", "dev.mynalab.steps..", "dev.mynalab.spec..")
          .because(
              "simulators are libraries below the living spec (DESIGN.md: dependencies flow one way)");
}
