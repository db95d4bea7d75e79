package dev.mynalab.relyingparty;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.mynalab.kit.testing.ClockRule;

/**
 * One clock; validation is the verifier's (no certificate-path or OCSP code here); the staff-ID
 * applet knows nothing of the My Number Card's APs; the libraries do not know their HTTP adapter.
 */
@AnalyzeClasses(
    packages = "dev.mynalab.relyingparty",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest static final ArchRule ONE_CLOCK = ClockRule.ONE_CLOCK;

  @ArchTest
  static final ArchRule NO_OWN_VALIDATION =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.bouncycastle.cert.ocsp..", "org.bouncycastle.cert.path..")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("java.security.cert.CertPathValidator")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("java.security.cert.X509CRL")
          .because("certificates are judged by the verifier module, not re-implemented here");

  @ArchTest
  static final ArchRule STAFF_APPLET_IS_ALONE =
      noClasses()
          .that()
          .haveSimpleName("StaffIdApplet")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("dev.mynalab.card..", "dev.mynalab.relyingparty.signing..")
          .because("the 空き領域 application holds no reference to the JPKI AP (REQ-SD-04)");

  @ArchTest
  static final ArchRule LIBRARIES_BEFORE_SERVERS =
      noClasses()
          .that()
          .resideOutsideOfPackages(
              "dev.mynalab.relyingparty.server..", "dev.mynalab.relyingparty.verification..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("dev.mynalab.relyingparty.server..", "dev.mynalab.kit.http..")
          .because("a simulator is a library first and a server second (DESIGN.md principle 1)");
}
