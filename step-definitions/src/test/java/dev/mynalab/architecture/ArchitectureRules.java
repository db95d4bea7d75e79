package dev.mynalab.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import dev.mynalab.kit.testing.ClockRule;

/** The architecture rules, shared by the tests that apply them and the tests that prove them. */
final class ArchitectureRules {

  /** One clock, shared with every module's architecture test: see {@link ClockRule}. */
  static final ArchRule ONE_CLOCK = ClockRule.ONE_CLOCK;

  private ArchitectureRules() {}

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
