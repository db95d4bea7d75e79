package dev.mynalab.card.cli;

import picocli.CommandLine;

/**
 * Stand-alone entry point ({@code java -cp … dev.mynalab.card.cli.CardMain serve --vpcd …}), for
 * tests that run the card as a child JVM and for {@code exec:java}; {@code ./mynalab card} is the
 * same command tree.
 */
public final class CardMain {

  private CardMain() {}

  public static void main(String[] args) {
    System.exit(new CommandLine(new CardCommand()).execute(args));
  }
}
