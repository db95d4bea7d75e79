package dev.mynalab.verifier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynalab.ca.server.CaWorld;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.fixtures.Json;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.random.WorldSeed;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code verifier serve}: usage errors exit 2 with a message; a good trust export serves. */
class VerifierServeCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = new CommandLine(new VerifierServeCommand());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void aMissingOrIncompleteTrustDirectoryIsExit2NamingTheFile(@TempDir Path dir) throws Exception {
    assertThat(run()).isEqualTo(2);
    assertThat(err.toString()).contains("--trust");
    assertThat(run("--trust", dir.resolve("absent").toString(), "--exit-after-ready")).isEqualTo(2);
    assertThat(err.toString()).contains("absent: no such directory");
    Files.writeString(dir.resolve("auth-ca.pem"), "x");
    assertThat(run("--trust", dir.toString(), "--exit-after-ready")).isEqualTo(2);
    assertThat(err.toString()).contains("sign-ca.pem: missing").doesNotContain("Exception");
    assertThat(run("--trust", dir.toString(), "--host", "192.0.2.1")).isEqualTo(2);
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void servesFromAnExportAndWritesTheRelyingPartySideAndTheReadyFile(@TempDir Path dir)
      throws Exception {
    WorldClock clock = WorldClock.running();
    try (CaWorld ca =
        CaWorld.start(CaWorld.Options.defaults(WorldSeed.of(5), clock, new Journal(clock)))) {
      ca.export(dir.resolve("trust"));
    }
    int code =
        run(
            "--trust",
            dir.resolve("trust").toString(),
            "--export",
            dir.resolve("rp").toString(),
            "--ready",
            dir.resolve("ready.json").toString(),
            "--seed",
            "6",
            "--exit-after-ready");
    assertThat(code).as(err.toString()).isZero();
    JsonNode ready = Json.mapper().readTree(dir.resolve("ready.json").toFile());
    assertThat(ready.path("verifier").asText()).startsWith("https://127.0.0.1:");
    assertThat(ready.path("reload").asText()).endsWith("/admin/trust/reload");
    assertThat(dir.resolve("rp").resolve("rp-client.pem")).exists();
    assertThat(dir.resolve("rp").resolve("rp-client.key")).exists();
    assertThat(dir.resolve("rp").resolve("verifier-tls-ca.pem")).exists();
    assertThat(out.toString()).contains("seed 6").contains("verifier https://").contains("trust ");
  }
}
