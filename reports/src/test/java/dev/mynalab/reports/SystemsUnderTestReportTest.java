package dev.mynalab.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.mynalab.reports.input.SystemsUnderTestFile;
import dev.mynalab.reports.model.ConformanceReport;
import dev.mynalab.reports.model.SystemUnderTest;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The identities of a profile's systems (systems-under-test.json) reach the report and are valid
 * against the schema, which requires each kind's identifying properties.
 */
class SystemsUnderTestReportTest {

  private static final ObjectMapper M = new ObjectMapper();
  private static JsonSchema schema;

  @BeforeAll
  static void loadSchema() throws Exception {
    Path file =
        Path.of(System.getProperty("mynalab.schema", "schema/conformance-report.schema.json"));
    try (InputStream in = Files.newInputStream(file)) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  private static final String FILE =
      """
      {
        "profile": "profiles/vendor.yaml",
        "systemsUnderTest": [
          {"id": "card", "kind": "pcsc-card", "name": "card in PC/SC reader 'r 00 00'",
           "version": null, "hashAlgorithm": "SHA-256",
           "hash": "aa11", "hashedOver": "the ATR",
           "properties": {"reader": "r 00 00", "atr": "3BE000FF8131FE4514"}},
          {"id": "verifier", "kind": "http-verifier", "name": "verifier at https://127.0.0.1:1",
           "version": null, "hashAlgorithm": "SHA-256",
           "hash": "%s", "hashedOver": "server certificate",
           "properties": {"url": "https://127.0.0.1:1", "serverCertificateSha256": "%s",
                          "trustExport": "/tmp/out/verifier-trust", "trustAnchorsSha256": "%s",
                          "prepare": "curl -X POST http://127.0.0.1:2/admin/trust/reload",
                          "prepareExit": "0"}}
        ],
        "notApplicable": [
          {"uri": "classpath:features/card/card-interface.feature", "line": 17,
           "capability": "card.issuer", "reason": "no issuer key"}
        ]
      }
      """
          .formatted("ab".repeat(32), "ab".repeat(32), "cd".repeat(32));

  @Test
  void theProfilesSystemsAndTheirNaScenariosReachTheReport(@TempDir Path dir) throws Exception {
    TestRuns.standard().writeTo(dir);
    Files.writeString(dir.resolve(SystemsUnderTestFile.NAME), FILE);
    ConformanceReport report = TestRuns.builder(dir).assemble();
    assertThat(report.systemsUnderTest())
        .extracting(SystemUnderTest::kind)
        .contains("pcsc-card", "http-verifier");
    assertThat(report.notApplicable())
        .anySatisfy(
            na -> {
              assertThat(na.scenario()).isEqualTo("features/card/card-interface.feature:17");
              assertThat(na.reason()).contains("card.issuer").contains("no issuer key");
            });
    JsonNode json = M.readTree(ReportBuilder.toJson(report));
    assertThat(schema.validate(json)).isEmpty();
  }

  @Test
  void aPcscCardWithoutItsAtrOrAVerifierWithoutItsFingerprintOrTrustExportIsInvalid(
      @TempDir Path dir) throws Exception {
    TestRuns.standard().writeTo(dir);
    Files.writeString(dir.resolve(SystemsUnderTestFile.NAME), FILE);
    JsonNode good = M.readTree(ReportBuilder.toJson(TestRuns.builder(dir).assemble()));
    int card = indexOfKind(good, "pcsc-card");
    ObjectNode noAtr = good.deepCopy();
    ((ObjectNode) noAtr.path("systemsUnderTest").get(card).path("properties")).remove("atr");
    assertThat(schema.validate(noAtr)).isNotEmpty();
    int verifier = indexOfKind(good, "http-verifier");
    ObjectNode badFingerprint = good.deepCopy();
    ((ObjectNode) badFingerprint.path("systemsUnderTest").get(verifier).path("properties"))
        .put("serverCertificateSha256", "not-hex");
    assertThat(schema.validate(badFingerprint)).isNotEmpty();
    ObjectNode noTrustExport = good.deepCopy();
    ((ObjectNode) noTrustExport.path("systemsUnderTest").get(verifier).path("properties"))
        .remove("trustExport");
    assertThat(schema.validate(noTrustExport))
        .as("a verifier that was not told the run's CA")
        .isNotEmpty();
    ObjectNode failedPrepare = good.deepCopy();
    ((ObjectNode) failedPrepare.path("systemsUnderTest").get(verifier).path("properties"))
        .put("prepareExit", "1");
    assertThat(schema.validate(failedPrepare)).isNotEmpty();
  }

  @Test
  void aRunWithoutAProfileHasNoSuchFile(@TempDir Path dir) throws Exception {
    assertThat(SystemsUnderTestFile.read(dir)).isEmpty();
    Files.writeString(dir.resolve(SystemsUnderTestFile.NAME), "{not json");
    assertThatThrownBy(() -> SystemsUnderTestFile.read(dir))
        .hasMessageContaining(SystemsUnderTestFile.NAME);
  }

  private static int indexOfKind(JsonNode report, String kind) {
    JsonNode systems = report.path("systemsUnderTest");
    for (int i = 0; i < systems.size(); i++) {
      if (systems.get(i).path("kind").asText().equals(kind)) {
        return i;
      }
    }
    throw new AssertionError("no " + kind);
  }
}
