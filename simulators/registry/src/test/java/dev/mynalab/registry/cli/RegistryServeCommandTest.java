package dev.mynalab.registry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class RegistryServeCommandTest {

  @AfterEach
  void clear() {
    System.clearProperty("mynalab.registry.store");
    System.clearProperty("mynalab.registry.port");
    System.clearProperty("mynalab.registry.adminPort");
  }

  @Test
  void aBadStoreIsABadUsageWithAMessageAndNoStackTrace() {
    StringWriter err = new StringWriter();
    int code =
        new CommandLine(new RegistryServeCommand())
            .setErr(new PrintWriter(err))
            .execute("--store=oracle:somewhere", "--port=0", "--admin-port=0");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .contains("mynalab.registry.store")
        .contains("memory, h2:<file path>, jdbc:<url>")
        .doesNotContain("Exception");
  }

  @Test
  void itServesUntilStopped() throws Exception {
    RegistryServeCommand command = new RegistryServeCommand();
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(command).setOut(new PrintWriter(out));
    Thread runner = new Thread(() -> cli.execute("--store=memory", "--port=0", "--admin-port=0"));
    runner.start();
    for (int i = 0; i < 100 && !out.toString().contains("admin"); i++) {
      Thread.sleep(50);
    }
    assertThat(out.toString()).startsWith("registry http://127.0.0.1:");
    command.stop.countDown();
    runner.join(5000);
    assertThat(runner.isAlive()).isFalse();
  }
}
