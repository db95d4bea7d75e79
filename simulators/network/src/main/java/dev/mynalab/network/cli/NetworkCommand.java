package dev.mynalab.network.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code mynalab network …}: the information-provision network (情報連携). Register this class as a
 * subcommand of {@code ./mynalab}; it brings {@code verify-log} and {@code serve}.
 */
@Command(
    name = "network",
    description = "The information-provision network (情報連携) and マイナポータル. TEST ONLY.",
    mixinStandardHelpOptions = true,
    subcommands = {VerifyLogCommand.class, ServeCommand.class})
public final class NetworkCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}
