package dev.mynalab.registry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.registry.number.MyNumberCheck;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MyNumberCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = new CommandLine(new MyNumberCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void checkExitsZeroOneOrTwo() {
    assertThat(run("check", "123456789018")).isZero();
    assertThat(run("check", "123456789019")).isEqualTo(1);
    assertThat(out.toString()).contains("expected 8");
    assertThat(run("check", "12345")).isEqualTo(2);
    assertThat(err.toString()).contains("12 digits").contains("has 5");
  }

  @Test
  void generatePrintsUniqueValidReproducibleNumbers() {
    assertThat(run("generate", "--count", "2000", "--seed", "7")).isZero();
    List<String> first = Arrays.asList(out.toString().split("\\R"));
    assertThat(first).hasSize(2000);
    assertThat(new HashSet<>(first)).hasSize(2000);
    assertThat(first).allMatch(n -> MyNumberCheck.check(n) == MyNumberCheck.Result.VALID);
    assertThat(err.toString()).contains("seed: 7");

    StringWriter again = new StringWriter();
    CommandLine cli = new CommandLine(new MyNumberCommand());
    cli.setOut(new PrintWriter(again));
    cli.setErr(new PrintWriter(new StringWriter()));
    cli.execute("generate", "--count", "2000", "--seed", "7");
    assertThat(again.toString()).isEqualTo(out.toString());
  }

  @Test
  void generateRefusesACountOutOfRange() {
    assertThat(run("generate", "--count", "0")).isEqualTo(2);
    assertThat(err.toString()).contains("--count");
  }
}
