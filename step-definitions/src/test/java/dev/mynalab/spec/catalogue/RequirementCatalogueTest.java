package dev.mynalab.spec.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The build-time check of the living spec against its catalogue: fails ./mvnw verify with one line
 * per offending scenario or requirement.
 */
class RequirementCatalogueTest {

  static final Path FEATURES = Path.of("..", "features");

  @Test
  void everyScenarioIsTracedAndEveryActiveRequirementIsDemonstrated() {
    RequirementCatalogue catalogue =
        RequirementCatalogue.read(FEATURES.resolve("requirements.yaml"));
    FeatureScan.Result scan = FeatureScan.scan(FEATURES);

    List<String> violations = CatalogueCheck.violations(catalogue, scan);

    assertThat(scan.scenarios()).as("scenarios found in %s", FEATURES).isNotEmpty();
    assertThat(violations)
        .as(
            "features/ and features/requirements.yaml disagree:%n  %s",
            String.join("\n  ", violations))
        .isEmpty();
  }
}
