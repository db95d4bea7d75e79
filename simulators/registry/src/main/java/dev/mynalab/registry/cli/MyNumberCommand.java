package dev.mynalab.registry.cli;

import dev.mynalab.kit.random.WorldSeed;
import dev.mynalab.registry.number.InMemoryIssuedNumbers;
import dev.mynalab.registry.number.MyNumber;
import dev.mynalab.registry.number.MyNumberCheck;
import dev.mynalab.registry.number.MyNumberGenerator;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mynalab mynumber …}: check and generate 個人番号 (rules MN-02, MN-03). */
@Command(
    name = "mynumber",
    description = "Check and generate My Numbers (個人番号). TEST ONLY: generated numbers are random.",
    mixinStandardHelpOptions = true,
    subcommands = {MyNumberCommand.Check.class, MyNumberCommand.Generate.class})
public final class MyNumberCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  /** Exit codes of {@code mynumber check}. */
  public static final int VALID = 0;

  public static final int WRONG_CHECK_DIGIT = 1;
  public static final int MALFORMED = 2;

  @Command(
      name = "check",
      description = {
        "Checks the check digit of a My Number (命令 第5条).",
        "Exit 0: valid; 1: wrong check digit; 2: malformed input."
      },
      mixinStandardHelpOptions = true)
  static final class Check implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(paramLabel = "NUMBER", description = "the 12 digits, e.g. 123456789018")
    String number;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      switch (MyNumberCheck.check(number)) {
        case VALID -> {
          out.println(number + ": valid");
          return VALID;
        }
        case WRONG_CHECK_DIGIT -> {
          int expected = MyNumberCheck.checkDigit(number.substring(0, MyNumber.LENGTH - 1));
          out.println(number + ": wrong check digit (expected " + expected + ")");
          return WRONG_CHECK_DIGIT;
        }
        default -> {
          err.println("mynumber check: " + MyNumberCheck.describeMalformation(number));
          return MALFORMED;
        }
      }
    }
  }

  @Command(
      name = "generate",
      description = {
        "Prints new, unique My Numbers with valid check digits, one per line.",
        "The same seed prints the same numbers. TEST ONLY."
      },
      mixinStandardHelpOptions = true)
  static final class Generate implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(
        names = "--count",
        required = true,
        paramLabel = "N",
        description = "how many numbers (1..10000000)")
    int count;

    @Option(
        names = "--seed",
        paramLabel = "S",
        description =
            "the world seed (default: -Dmynalab.seed, else a fresh one, printed on stderr)")
    Long seed;

    @Override
    public Integer call() {
      if (count < 1 || count > 10_000_000) {
        spec.commandLine()
            .getErr()
            .println("mynumber generate: --count must be between 1 and 10000000, got " + count);
        return MALFORMED;
      }
      WorldSeed worldSeed = seed != null ? WorldSeed.of(seed) : WorldSeed.fromSystemProperty();
      spec.commandLine().getErr().println("seed: " + worldSeed);
      MyNumberGenerator generator = new MyNumberGenerator(worldSeed, new InMemoryIssuedNumbers());
      PrintWriter out = spec.commandLine().getOut();
      for (int i = 0; i < count; i++) {
        out.println(generator.next());
      }
      out.flush();
      return 0;
    }
  }
}
