package dev.mynalab.cli;

import dev.mynalab.verifier.cli.VerifierServeCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code mynalab verifier …}: the reference verifier on its own, deployed from files as a vendor's
 * verifier would be ({@code serve}).
 */
@Command(
    name = "verifier",
    description = "The reference verifier, deployed from a trust export only (TEST ONLY).",
    mixinStandardHelpOptions = true,
    subcommands = {VerifierServeCommand.class})
final class VerifierCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}
