package dev.mynalab.cli;

import dev.mynalab.verifier.cli.BenchValidationCommand;
import dev.mynalab.verifier.cli.CrlIndexBenchCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code mynalab bench …}: benchmarks that run their baseline in the same run, print ratios and
 * write their figures under {@code reports/benchmarks/}.
 */
@Command(
    name = "bench",
    description = "Benchmarks with a baseline in the same run; figures go to reports/benchmarks/.",
    mixinStandardHelpOptions = true,
    subcommands = {BenchValidationCommand.class, CrlIndexBenchCommand.class})
final class BenchCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}
