package dev.mynalab.network.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mynalab.network.agency.Agency;
import dev.mynalab.network.agency.AgencyDirectory;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LegalBasisCatalogueTest {

  private final AgencyDirectory agencies = AgencyDirectory.fromFixture();
  private final LegalBasisCatalogue law = LegalBasisCatalogue.fromFixture();

  private Agency agency(String id) {
    return agencies.agency(id).orElseThrow();
  }

  @Test
  void everyEntryCitesItsSourceAndEveryRoleAndItemExists() {
    Set<String> roles =
        agencies.agencies().stream().flatMap(a -> a.roles().stream()).collect(Collectors.toSet());
    assertThat(law.bases()).hasSizeGreaterThanOrEqualTo(5);
    for (LegalBasis basis : law.bases()) {
      assertThat(basis.source()).as(basis.id()).isNotBlank();
      assertThat(basis.citations()).allSatisfy(c -> assertThat(c.law()).contains("番号法"));
      assertThat(roles).as(basis.id() + " requester").contains(basis.requesterRole());
      for (Provision p : basis.provisions()) {
        assertThat(agencies.item(p.item())).as(basis.id() + " item " + p.item()).isPresent();
        assertThat(roles).as(basis.id() + " providers").containsAll(p.providerRoles());
      }
    }
  }

  @Test
  void theCareInsuranceReductionMayReadTaxAndResidentRecords() {
    var match =
        law.find(
            agency("otsu-city.care"),
            "care-insurance-premium",
            "local-tax",
            agency("kou-city.tax"),
            LocalDate.of(2026, 4, 1));
    assertThat(match).isPresent();
    assertThat(match.get().basis().id()).isEqualTo("JR-LB-01");
  }

  @Test
  void theCitationSwitchesFromTheTableToTheOrdinanceOn20240527() {
    Agency requester = agency("hei-pref.child-guidance");
    Agency provider = agency("kou-city.tax");
    String before =
        law.find(
                requester,
                "foster-parent-certification",
                "local-tax",
                provider,
                LocalDate.of(2024, 5, 26))
            .orElseThrow()
            .citation()
            .law();
    String after =
        law.find(
                requester,
                "foster-parent-certification",
                "local-tax",
                provider,
                LocalDate.of(2024, 5, 27))
            .orElseThrow()
            .citation()
            .law();
    assertThat(before).contains("別表第二");
    assertThat(after).contains("主務省令").doesNotContain("別表第二");
  }

  @Test
  void nothingIsLawfulBeforeTheTrialOperationOrOutsideTheTable() {
    Agency care = agency("otsu-city.care");
    assertThat(
            law.find(
                care,
                "care-insurance-premium",
                "local-tax",
                agency("kou-city.tax"),
                LocalDate.of(2017, 7, 17)))
        .isEmpty();
    assertThat(
            law.find(
                care,
                "care-insurance-premium",
                "local-tax",
                agency("kou-city.tax"),
                LocalDate.of(2017, 7, 18)))
        .isPresent();
    assertThat(
            law.find(
                care,
                "care-insurance-premium",
                "medical-insurance",
                agency("health-insurance-society"),
                LocalDate.of(2026, 4, 1)))
        .as("the item is not in the entry")
        .isEmpty();
    assertThat(
            law.find(
                agency("pension-office"),
                "care-insurance-premium",
                "local-tax",
                agency("kou-city.tax"),
                LocalDate.of(2026, 4, 1)))
        .as("the requester lacks the role")
        .isEmpty();
    assertThat(
            law.find(
                care,
                "care-insurance-premium",
                "local-tax",
                agency("pension-office"),
                LocalDate.of(2026, 4, 1)))
        .as("the provider lacks the role")
        .isEmpty();
  }

  @Test
  void duplicateIdsAreRefused() {
    LegalBasis one = law.bases().get(0);
    assertThatThrownBy(() -> new LegalBasisCatalogue(List.of(one, one)))
        .hasMessageContaining(one.id());
  }
}
