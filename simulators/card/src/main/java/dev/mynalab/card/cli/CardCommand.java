package dev.mynalab.card.cli;

import picocli.CommandLine.Command;

/** {@code card}: the simulated My Number Card's commands (the lead registers it in ./mynalab). */
@Command(
    name = "card",
    mixinStandardHelpOptions = true,
    description = "The simulated My Number Card (TEST ONLY).",
    subcommands = {CardServeCommand.class})
public final class CardCommand {}
