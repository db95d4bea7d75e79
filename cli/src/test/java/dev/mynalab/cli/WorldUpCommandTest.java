package dev.mynalab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynalab.cli.world.ReadyKeys;
import dev.mynalab.kit.fixtures.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class WorldUpCommandTest {

  @Test
  void startsEveryPartExportsTrustMaterialAndWritesOneReadyFile(@TempDir Path dir)
      throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Mynalab.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    Path export = dir.resolve("export");
    Path ready = dir.resolve("ready.json");

    int status =
        cli.execute(
            "--seed",
            "11",
            "world",
            "up",
            "--export",
            export.toString(),
            "--ready-file",
            ready.toString(),
            "--exit-after-ready");

    assertThat(status).as(err.toString()).isZero();
    JsonNode endpoints = Json.mapper().readTree(ready.toFile());
    for (String key : ReadyKeys.HTTP) {
      assertThat(endpoints.path(key).asText()).as(key).startsWith("http");
    }
    assertThat(endpoints.path("ocsp").asText()).startsWith("https://127.0.0.1:");
    assertThat(endpoints.path("verifier").asText()).startsWith("https://127.0.0.1:");
    for (String file :
        new String[] {
          "sign-ca.pem",
          "auth-ca.pem",
          "verifier-client.pem",
          "verifier-client.key",
          "rp-client.pem",
          "rp-client.key",
          "samples/auth-good.pem",
          "samples/auth-revoked.pem",
          "samples/sign-good.pem",
          "samples/sign-revoked.pem",
          "openapi.yaml",
          "network-agencies.json"
        }) {
      assertThat(export.resolve(file)).as(file).isNotEmptyFile();
    }
    try (var crls = Files.list(export.resolve("crl"))) {
      assertThat(crls.filter(p -> p.toString().endsWith(".crl")).count()).isGreaterThan(1);
    }
    assertThat(out.toString()).contains("seed 11").contains("verifier https://");
  }

  @Test
  void aBadCardPlaceExitsTwoNamingTheOption() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Mynalab.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int status = cli.execute("world", "up", "--vpcd", "nowhere", "--exit-after-ready");
    assertThat(status).isEqualTo(2);
    assertThat(err.toString()).contains("--vpcd");
  }
}
