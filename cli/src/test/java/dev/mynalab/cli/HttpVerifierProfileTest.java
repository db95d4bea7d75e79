package dev.mynalab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.mynalab.ca.server.CaWorld;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.fixtures.Json;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.random.WorldSeed;
import dev.mynalab.kit.testing.RequiresService;
import dev.mynalab.verifier.server.FileTrustVerifier;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code mynalab conformance --profile} against a verifier that knows only files: the reference
 * verifier deployed from an unrelated CA's trust export, told by the profile's {@code prepare}
 * ({@code curl} to its reload endpoint) to load the run's export. The report names the endpoint,
 * where the run's CA was exported and the SHA-256 of the exported roots, and is valid against the
 * report schema.
 */
class HttpVerifierProfileTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void theRunsTrustExportAndPrepareMakeAnEndpointPassAndTheReportSaysSo(@TempDir Path dir)
      throws Exception {
    RequiresService.require(
        "curl", RequiresService.onPath("curl"), "apt-get install curl (the prepare command)");
    WorldClock clock = WorldClock.running();
    Path unrelated = dir.resolve("unrelated-trust");
    try (CaWorld other =
        CaWorld.start(CaWorld.Options.defaults(WorldSeed.of(-3), clock, new Journal(clock)))) {
      other.export(unrelated);
    }
    try (FileTrustVerifier verifier =
        FileTrustVerifier.start(
            FileTrustVerifier.Options.defaults(
                unrelated, WorldSeed.of(77), clock, new Journal(clock)))) {
      verifier.export(dir.resolve("rp"));
      Map<String, String> ends = verifier.endpoints();
      Path profile =
          Files.writeString(
              dir.resolve("vendor.yaml"),
              """
              verifier:
                http:
                  url: "%s"
                  clientCertificate: rp/rp-client.pem
                  clientKey: rp/rp-client.key
                  trust: rp/verifier-tls-ca.pem
                  trustExport: run-trust
                  prepare: [curl, -sSf, -X, POST, --data, '{"trust": "${trust}"}', "%s"]
                  prepareTimeout: 30
              """
                  .formatted(ends.get("verifier"), ends.get("reload")));
      Path outDir = dir.resolve("out");
      CommandLine cli = Mynalab.commandLine();
      cli.setOut(new PrintWriter(out, true));
      cli.setErr(new PrintWriter(err, true));
      int status =
          cli.execute(
              "conformance",
              "--profile",
              profile.toString(),
              "--features",
              Path.of("..", "features", "verification").toString(),
              "--out",
              outDir.toString());
      assertThat(status).as(out + "\n" + err).isZero();
      assertThat(err.toString())
          .contains("exported for the verifier to " + dir.resolve("run-trust"))
          .contains("prepare exited 0: curl");
      assertThat(verifier.loaded().trust().dir()).isEqualTo(dir.resolve("run-trust"));

      JsonNode report = Json.mapper().readTree(outDir.resolve("conformance-report.json").toFile());
      JsonNode endpoint = null;
      for (JsonNode s : report.path("systemsUnderTest")) {
        if (s.path("kind").asText().equals("http-verifier")) {
          endpoint = s;
        }
      }
      assertThat(endpoint).as("the endpoint's identity in the report").isNotNull();
      JsonNode props = endpoint.path("properties");
      assertThat(props.path("url").asText()).isEqualTo(ends.get("verifier"));
      assertThat(props.path("trustExport").asText()).isEqualTo(dir.resolve("run-trust").toString());
      assertThat(props.path("trustAnchorsSha256").asText())
          .isEqualTo(verifier.loaded().trust().anchorsSha256());
      assertThat(props.path("prepareExit").asText()).isEqualTo("0");
      Map<String, String> verdicts = ConformanceProfileTest.verdicts(report);
      for (String r : List.of("REQ-VF-01", "REQ-VF-02", "REQ-VF-03", "REQ-VF-06", "REQ-VF-07")) {
        assertThat(verdicts).containsEntry(r, "PASS");
      }
      assertThat(verdicts.get("REQ-VF-04")).isNotIn("PASS", "FAIL");
      try (InputStream in =
          Files.newInputStream(
              Path.of("..", "reports", "schema", "conformance-report.schema.json"))) {
        JsonSchema schema =
            JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        assertThat(schema.validate(report)).isEmpty();
      }
    }
  }
}
