package dev.mynalab.card.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Bad usage of {@code card serve}: exit 2, a clear message on stderr, nothing on stdout. */
class CardServeCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = new CommandLine(new CardCommand());
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  @Test
  void vpcdIsRequired() {
    assertThat(run("serve")).isEqualTo(2);
    assertThat(err.toString()).contains("--vpcd");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void endpointMustBeHostColonPort() {
    assertThat(run("serve", "--vpcd", "localhost")).isEqualTo(2);
    assertThat(err.toString()).contains("HOST:PORT");
    assertThat(run("serve", "--vpcd", "127.0.0.1:99999")).isEqualTo(2);
    assertThat(err.toString()).contains("1–65535");
  }

  @Test
  void pinsAreCheckedAgainstTheRules() {
    assertThat(run("serve", "--vpcd", "127.0.0.1:35963", "--auth-pin", "12345")).isEqualTo(2);
    assertThat(err.toString()).contains("authPin must be exactly 4 digits");
    assertThat(run("serve", "--vpcd", "127.0.0.1:35963", "--sign-password", "abcdef")).isEqualTo(2);
    assertThat(err.toString()).contains("signPassword");
  }

  @Test
  void unknownHolderNamesTheKnownOnes() {
    assertThat(run("serve", "--vpcd", "127.0.0.1:35963", "--holder", "nobody")).isEqualTo(2);
    assertThat(err.toString()).contains("unknown holder 'nobody'").contains("kokubu-taro");
    assertThat(err.toString()).doesNotContain("Exception");
  }

  @Test
  void helpIsOnStdout() {
    assertThat(run("serve", "--help")).isZero();
    assertThat(out.toString()).contains("--vpcd").contains("--holder").contains("--sign-password");
  }

  @Test
  void noVpcdListeningEndsWithOneAndAMessage() throws Exception {
    int port;
    try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
      port = probe.getLocalPort(); // free again once closed: nothing listens there
    }
    assertThat(run("serve", "--vpcd", "127.0.0.1:" + port, "--connect-timeout", "1", "--seed", "7"))
        .isEqualTo(1);
    assertThat(err.toString()).contains("did not accept").doesNotContain("Exception");
  }
}
