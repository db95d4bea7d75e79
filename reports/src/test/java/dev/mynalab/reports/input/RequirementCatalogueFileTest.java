package dev.mynalab.reports.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequirementCatalogueFileTest {

  @Test
  void readsTheRealCatalogue() {
    List<CatalogueEntry> entries =
        RequirementCatalogueFile.read(
            Path.of(System.getProperty("mynalab.features", "../features"), "requirements.yaml"));
    assertThat(entries)
        .extracting(CatalogueEntry::id)
        .contains("REQ-MN-01", "REQ-MN-02", "REQ-MN-03");
    assertThat(entries.get(0).titleJa()).contains("個人番号");
    assertThat(entries.get(0).effectiveFrom()).isEqualTo("2015-10-05");
    assertThat(entries.get(0).effectiveTo()).isNull();
  }

  @Test
  void badCataloguesAreNamed(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("requirements.yaml");
    Files.writeString(f, "requirements:\n  - title_ja: x\n");
    assertThatThrownBy(() -> RequirementCatalogueFile.read(f))
        .hasMessageContaining("requirements[0] has no id");
    Files.writeString(f, "other: 1\n");
    assertThatThrownBy(() -> RequirementCatalogueFile.read(f))
        .hasMessageContaining("'requirements:'");
    Files.writeString(f, "requirements: [\n");
    assertThatThrownBy(() -> RequirementCatalogueFile.read(f))
        .hasMessageContaining("does not parse");
    assertThatThrownBy(() -> RequirementCatalogueFile.read(dir.resolve("none.yaml")))
        .hasMessageContaining("not found");
  }
}
