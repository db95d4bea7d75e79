package dev.mynalab.network.cli;

import static dev.mynalab.network.TestWorld.HANAKO;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.network.TestWorld;
import dev.mynalab.network.exchange.ExchangeRequest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class VerifyLogCommandTest {

  @TempDir Path dir;
  private final TestWorld world = new TestWorld();
  private Path log;
  private Path key;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void exportARecord() throws Exception {
    world.holds("kou-city.tax", HANAKO, "local-tax", Map.of("課税区分", "課税"));
    var care = world.code("otsu-city.care", HANAKO);
    for (int i = 0; i < 6; i++) {
      world.network.request(
          "otsu-city.care",
          new ExchangeRequest(care.value(), "care-insurance-premium", "local-tax", "kou-city.tax"));
    }
    log = dir.resolve("exchanges.jsonl");
    Files.writeString(log, world.network.log().exportText());
    key = dir.resolve("operator.pem");
    Files.writeString(key, world.network.log().signer().publicKeyPem());
  }

  private int run(String... args) {
    CommandLine cli = new CommandLine(new VerifyLogCommand());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void anIntactLogExitsZero() {
    assertThat(run(log.toString(), "--key", key.toString())).isEqualTo(0);
    assertThat(out.toString()).contains("intact").contains("checkpoints");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void withoutAKeyItStillVerifiesButSaysTheKeyWasNotPinned() {
    assertThat(run(log.toString())).isEqualTo(0);
    assertThat(err.toString()).contains("--key");
  }

  @Test
  void aTamperedLogExitsOneNamingTheEntry() throws Exception {
    List<String> lines = new ArrayList<>(Files.readAllLines(log));
    lines.set(2, lines.get(2).replace("PROVIDED", "NOT_HELD"));
    Files.write(log, lines);
    assertThat(run(log.toString(), "--key", key.toString())).isEqualTo(1);
    assertThat(out.toString()).contains("TAMPERED").contains("first bad entry 3");
  }

  @Test
  void unreadableFilesAndKeysExitTwo() throws Exception {
    assertThat(run(dir.resolve("missing.jsonl").toString())).isEqualTo(2);
    Files.writeString(log, "this is not a record\n");
    assertThat(run(log.toString())).isEqualTo(2);
    Files.writeString(key, "garbage");
    assertThat(run(log.toString(), "--key", key.toString())).isEqualTo(2);
    assertThat(err.toString()).doesNotContain("Exception\n\tat");
  }

  @Test
  void badUsageExitsTwo() {
    assertThat(run()).isEqualTo(2);
    assertThat(run("--help")).isEqualTo(0);
    assertThat(out.toString()).contains("verify-log");
  }
}
