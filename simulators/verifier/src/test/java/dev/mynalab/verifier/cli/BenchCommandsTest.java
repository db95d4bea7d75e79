package dev.mynalab.verifier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynalab.kit.fixtures.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The benchmark commands' usage errors and a tiny CRL-index run (the real runs are not tests). */
class BenchCommandsTest {

  @Test
  void badUsageIsExit2WithAMessage() {
    PrintStream err = System.err;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setErr(new PrintStream(buf, true));
    try {
      assertThat(new CommandLine(new BenchValidationCommand()).execute("--seconds", "0"))
          .isEqualTo(2);
      assertThat(new CommandLine(new CrlIndexBenchCommand()).execute("--partitions", "0"))
          .isEqualTo(2);
      assertThat(new CommandLine(new BenchValidationCommand()).execute("--bogus")).isEqualTo(2);
    } finally {
      System.setErr(err);
    }
    assertThat(buf.toString()).contains("--seconds").doesNotContain("Exception");
  }

  @Test
  void aSmallCrlIndexRunWritesItsReport(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("crl-index.json");
    int code =
        new CommandLine(new CrlIndexBenchCommand())
            .execute(
                "--entries",
                "2000,4000",
                "--partitions",
                "2",
                "--jdk-entries",
                "2000",
                "--lookups",
                "1000",
                "--out",
                out.toString());
    assertThat(code).isZero();
    JsonNode r = Json.mapper().readTree(out.toFile());
    assertThat(r.get("ours").get(1).get("entries").asLong()).isEqualTo(4000);
    assertThat(r.get("ours").get(1).get("lookupHitRate").asDouble()).isBetween(0.4, 0.6);
    assertThat(r.get("jdk").get("lookupHitRate").asDouble()).isBetween(0.4, 0.6);
  }
}
