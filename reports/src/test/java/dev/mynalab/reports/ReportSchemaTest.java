package dev.mynalab.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every report the builder writes is valid against the committed JSON Schema (draft 2020-12),
 * checked by a real validator (networknt); and the schema really constrains (a broken report is
 * rejected), so the first check can fail.
 */
class ReportSchemaTest {

  private static JsonSchema schema;
  private static final ObjectMapper M = new ObjectMapper();

  @BeforeAll
  static void loadSchema() throws Exception {
    Path file =
        Path.of(System.getProperty("mynalab.schema", "schema/conformance-report.schema.json"));
    SchemaValidatorsConfig config =
        SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    try (InputStream in = Files.newInputStream(file)) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
    }
  }

  private static Set<ValidationMessage> validate(JsonNode json) {
    return schema.validate(json);
  }

  @Test
  void theSchemaShippedInTheJarIsTheCommittedOne() throws Exception {
    try (InputStream in =
        ReportBuilder.class.getResourceAsStream("schema/conformance-report.schema.json")) {
      assertThat(in).isNotNull();
      assertThat(M.readTree(in))
          .isEqualTo(
              M.readTree(
                  Path.of(
                          System.getProperty(
                              "mynalab.schema", "schema/conformance-report.schema.json"))
                      .toFile()));
    }
  }

  @Test
  void aReportWithEveryVerdictIsValid(@TempDir Path dir) throws Exception {
    TestRuns.standard().ruleBook("{\"minorAge\":18}").writeTo(dir);
    ReportBuilder.Result r = TestRuns.builder(dir).build();
    assertThat(validate(M.readTree(r.files().json().toFile()))).isEmpty();
  }

  @Test
  void theReportOfTheRealRunIsValid(@TempDir Path dir) throws Exception {
    TestRuns.referenceRun(dir);
    ReportBuilder.Result r =
        new ReportBuilder(
                dir,
                Path.of(System.getProperty("mynalab.features", "../features"), "requirements.yaml"),
                TestRuns.identity(),
                TestRuns.CLOCK)
            .systemsUnderTest(
                java.util.List.of(
                    SystemsUnderTest.embeddedReferenceWorld(
                        System.getProperty("java.class.path"), "test")))
            .harness("test", GitCommit.of(Path.of(".")))
            .build();
    assertThat(validate(M.readTree(r.files().json().toFile()))).isEmpty();
  }

  @Test
  void brokenReportsAreRejected(@TempDir Path dir) throws Exception {
    TestRuns.standard().writeTo(dir);
    JsonNode good = M.readTree(ReportBuilder.toJson(TestRuns.builder(dir).assemble()));

    ObjectNode badVerdict = good.deepCopy();
    ((ObjectNode) badVerdict.path("requirements").get(0)).put("verdict", "MAYBE");
    assertThat(validate(badVerdict)).isNotEmpty();

    ObjectNode passWithoutScenarios = good.deepCopy();
    ((ObjectNode) passWithoutScenarios.path("requirements").get(0)).putArray("scenarios");
    assertThat(validate(passWithoutScenarios)).isNotEmpty();

    ObjectNode noSystems = good.deepCopy();
    noSystems.putArray("systemsUnderTest");
    assertThat(validate(noSystems)).isNotEmpty();

    ObjectNode badCommit = good.deepCopy();
    ((ObjectNode) badCommit.path("harness")).put("gitCommit", "HEAD");
    assertThat(validate(badCommit)).isNotEmpty();

    ObjectNode extra = good.deepCopy();
    extra.put("surprise", true);
    assertThat(validate(extra)).isNotEmpty();
  }
}
