package dev.mynalab.medical;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.mynalab.kit.testing.ClockRule;

/** One clock; the library does not know its HTTP adapter (DESIGN.md principles 1 and 6). */
@AnalyzeClasses(
    packages = "dev.mynalab.medical",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest static final ArchRule ONE_CLOCK = ClockRule.ONE_CLOCK;

  @ArchTest
  static final ArchRule LIBRARY_FIRST =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.mynalab.medical.server..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.mynalab.medical.server..", "dev.mynalab.kit.http..", "dev.mynalab.world..")
          .because("a simulator is a library first; the server is a thin adapter apart");
}
