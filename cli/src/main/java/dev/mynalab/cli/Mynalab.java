package dev.mynalab.cli;

import dev.mynalab.card.cli.CardCommand;
import dev.mynalab.kit.random.WorldSeed;
import dev.mynalab.network.cli.NetworkCommand;
import dev.mynalab.registry.cli.MyNumberCommand;
import dev.mynalab.registry.cli.RegistryServeCommand;
import dev.mynalab.reports.cli.ReportCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./mynalab}: the command line of the lab. Every subcommand prints its results on stdout and
 * everything else (progress, the seed, errors) on stderr; bad usage exits 2.
 */
@Command(
    name = "mynalab",
    description = {
      "Simulation and conformance lab for the My Number Card ecosystem.",
      "TEST ONLY: every key, certificate and number it makes is simulated and worthless."
    },
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    subcommands = {
      ConformanceCommand.class,
      ReportCommand.class,
      WorldCommand.class,
      BenchCommand.class,
      CardCommand.class,
      RegistryServeCommand.class,
      NetworkCommand.class,
      MyNumberCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Mynalab implements Runnable {

  @Spec CommandSpec spec;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "the world seed for everything random (default: -Dmynalab.seed, else fresh)")
  void seed(long seed) {
    System.setProperty(WorldSeed.PROPERTY, Long.toString(seed));
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The command line with the project's error handling: messages, never stack traces. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Mynalab());
    // the CAs alone, with fixed host and ports, for vendors who only need OCSP and CRLs
    cli.getSubcommands().get("world").addSubcommand("ca", new dev.mynalab.ca.cli.WorldUpCommand());
    cli.setExecutionExceptionHandler(new ErrorHandler());
    return cli;
  }

  /**
   * Flyway announces every migration of every registry store at INFO on java.util.logging; in a
   * conformance run that is hundreds of lines on stderr around the results. Warnings still show. (A
   * static field: JUL keeps loggers only weakly.)
   */
  private static final java.util.logging.Logger FLYWAY =
      java.util.logging.Logger.getLogger("org.flywaydb");

  public static void main(String[] args) {
    FLYWAY.setLevel(java.util.logging.Level.WARNING);
    System.exit(commandLine().execute(args));
  }
}
