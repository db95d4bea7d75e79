package dev.mynalab.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Errors mapped in one place for the command line: bad configuration or input (an {@link
 * IllegalArgumentException} or {@link IllegalStateException}, e.g. a bad seed or a taken port)
 * exits 2 with its message; anything else exits 1 with its message. No stack trace unless {@code
 * MYNALAB_DEBUG=1}.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

  static final int BAD_CONFIGURATION = 2;
  static final int FAILED = 1;

  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
    String name = cli.getCommandSpec().qualifiedName();
    cli.getErr().println(name + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
    if ("1".equals(System.getenv("MYNALAB_DEBUG"))) {
      e.printStackTrace(cli.getErr());
    }
    return e instanceof IllegalArgumentException || e instanceof IllegalStateException
        ? BAD_CONFIGURATION
        : FAILED;
  }
}
