package dev.mynalab.reports.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code mynalab report}: the conformance report's tools — {@code verify} a signed report, {@code
 * build} the report of a run again, {@code accept-baseline} to accept a run's verdicts.
 */
@Command(
    name = "report",
    description = "Conformance reports: verify a signature, rebuild a report, accept the baseline.",
    mixinStandardHelpOptions = true,
    subcommands = {
      VerifyCommand.class,
      BuildCommand.class,
      AcceptBaselineCommand.class,
      CommandLine.HelpCommand.class
    })
public final class ReportCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand");
  }
}
