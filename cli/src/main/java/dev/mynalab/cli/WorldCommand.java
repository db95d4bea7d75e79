package dev.mynalab.cli;

import dev.mynalab.ca.cli.WorldUpCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code mynalab world …}: the simulated world as running servers on loopback. */
@Command(
    name = "world",
    description = "Runs the simulated world's servers on loopback (TEST ONLY).",
    mixinStandardHelpOptions = true,
    subcommands = {WorldUpCommand.class})
final class WorldCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}
