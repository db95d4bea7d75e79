package dev.mynalab.spec.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check itself, on small catalogues and features written for each case. */
class CatalogueCheckTest {

  @TempDir Path dir;

  private static final String CATALOGUE =
      """
      requirements:
        - id: REQ-AA-01
          title_ja: 規則一
          title_en: Rule one
          source: "seed: マイナンバーカードについて①"
          effective_from: 2016-01-01
          effective_to: null
          status: active
        - id: REQ-AA-02
          title_ja: 規則二
          title_en: Rule two
          source: "https://example.invalid/rule-two"
          effective_from: 2016-01-01
          status: planned
      """;

  private List<String> check(String catalogue, String feature) throws IOException {
    Files.writeString(dir.resolve("requirements.yaml"), catalogue);
    Files.writeString(dir.resolve("spec.feature"), feature);
    return CatalogueCheck.violations(
        RequirementCatalogue.read(dir.resolve("requirements.yaml")), FeatureScan.scan(dir));
  }

  private static String feature(String tags) {
    return """
        # language: ja
        機能: 試験
          %s
          シナリオ: 名前のあるシナリオ
            前提 何かがある
        """
        .formatted(tags);
  }

  @Test
  void consistentSpecHasNoViolations() throws IOException {
    assertThat(check(CATALOGUE, feature("@REQ-AA-01"))).isEmpty();
  }

  @Test
  void unknownRequirementIsNamedWithTheScenario() throws IOException {
    assertThat(check(CATALOGUE, feature("@REQ-AA-01 @REQ-ZZ-99")))
        .singleElement()
        .asString()
        .contains("unknown requirement @REQ-ZZ-99")
        .contains("spec.feature:4")
        .contains("名前のあるシナリオ");
  }

  @Test
  void activeRequirementWithoutScenarioIsNamed() throws IOException {
    String both = CATALOGUE.replace("status: planned", "status: active");
    assertThat(check(both, feature("@REQ-AA-01")))
        .singleElement()
        .asString()
        .contains("active requirement REQ-AA-02")
        .contains("has no scenario");
  }

  @Test
  void untaggedScenarioAndPlannedTagAreViolations() throws IOException {
    assertThat(check(CATALOGUE, feature("@smoke")))
        .anySatisfy(v -> assertThat(v).contains("without a @REQ- tag").contains("名前のあるシナリオ"));
    assertThat(check(CATALOGUE, feature("@REQ-AA-01 @REQ-AA-02")))
        .singleElement()
        .asString()
        .contains("@REQ-AA-02, which is not active");
  }

  @Test
  void outlineRowsAreScenariosAndExamplesTagsCount() throws IOException {
    String outline =
        """
        # language: ja
        機能: 表
          シナリオアウトライン: 行ごと
            前提 値 <v>
            @REQ-AA-01
            例:
              | v |
              | 1 |
            例:
              | v |
              | 2 |
        """;
    List<String> violations = check(CATALOGUE, outline);
    assertThat(violations).singleElement().asString().contains("spec.feature:11");
  }

  @Test
  void incompleteEntriesAndBrokenFilesAreReported() throws IOException {
    String broken =
        """
        requirements:
          - id: MN-2
            title_ja: ""
            title_en: x
            source: x
            effective_from: 2020-01-01
            effective_to: 2019-01-01
            status: active
        """;
    assertThat(check(broken, feature("@MN-2")))
        .anySatisfy(v -> assertThat(v).contains("id must look like REQ-XX-NN"))
        .anySatisfy(v -> assertThat(v).contains("title_ja is missing"))
        .anySatisfy(v -> assertThat(v).contains("effective_to is before effective_from"));
    assertThat(check(CATALOGUE, "# language: ja\n機能: 一\n  シナリオ: a\n    前提 b\n  @tag\n"))
        .anySatisfy(v -> assertThat(v).contains("feature does not parse").contains("spec.feature"));
  }

  @Test
  void misspeltCatalogueKeysFailNamingTheFile() throws IOException {
    Files.writeString(
        dir.resolve("requirements.yaml"), CATALOGUE.replace("title_en: Rule one", "titel_en: x"));
    assertThatThrownBy(() -> RequirementCatalogue.read(dir.resolve("requirements.yaml")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("requirements.yaml")
        .hasMessageContaining("titel_en");
  }
}
