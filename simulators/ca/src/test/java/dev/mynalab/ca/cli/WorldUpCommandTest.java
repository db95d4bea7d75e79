package dev.mynalab.ca.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class WorldUpCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = new CommandLine(new WorldUpCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void helpDescribesTheOptions() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("--export").contains("--ready-file").contains("TEST ONLY");
  }

  @Test
  void exportsWritesTheReadyFileAndStops(@TempDir Path dir) throws Exception {
    Path export = dir.resolve("export");
    Path ready = dir.resolve("ready.json");
    assertThat(
            run(
                "--seed",
                "5",
                "--export",
                export.toString(),
                "--ready-file",
                ready.toString(),
                "--exit-after-ready"))
        .as(err.toString())
        .isZero();
    assertThat(out.toString()).contains("seed 5").contains("ocsp https://127.0.0.1:");
    assertThat(Files.readString(ready)).contains("\"ocsp\"").contains("\"crl\"");
    assertThat(export.resolve("samples/sign-revoked.pem")).isNotEmptyFile();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aTakenPortFailsAtStartWithExitCode2() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      assertThat(
              run(
                  "--seed",
                  "5",
                  "--port",
                  Integer.toString(taken.getLocalPort()),
                  "--exit-after-ready"))
          .isEqualTo(2);
    }
    assertThat(err.toString())
        .startsWith("world up: ")
        .contains("cannot listen")
        .doesNotContain("Exception");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void badConfigurationFailsWithExitCode2NamingTheKey() {
    assertThat(run("--seed", "5", "-Dca.ocsp.nonce=echo", "--exit-after-ready")).isEqualTo(2);
    assertThat(err.toString()).contains("ca.ocsp.nonce must be ignore or sign-on-demand");
    assertThat(run("--seed", "5", "--host", "192.0.2.1", "--exit-after-ready")).isEqualTo(2);
    assertThat(err.toString()).contains("loopback");
    assertThat(run("--port", "70000")).isEqualTo(2);
  }
}
