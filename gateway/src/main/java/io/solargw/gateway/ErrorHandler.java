package io.solargw.gateway;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns command-line mistakes into one readable line and exit status 2, and unexpected failures
 * into a short message (the stack trace only with {@code SOLAR_GATEWAY_DEBUG=1}).
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

  static final int USAGE_ERROR = 2;

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    // One line: the problem, then where to look.
    cmd.getErr()
        .println(
            "error: "
                + oneLine(ex.getMessage())
                + " (see '"
                + cmd.getCommandSpec().qualifiedName()
                + " --help')");
    return USAGE_ERROR;
  }

  /** {@code text} on one line: a pasted CR or NUL is shown as an escape. */
  static String oneLine(String text) {
    return io.solargw.mqtt.command.Printable.of(text);
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
    cmd.getErr().println("error: " + oneLine(String.valueOf(ex)));
    if ("1".equals(System.getenv("SOLAR_GATEWAY_DEBUG"))) {
      ex.printStackTrace(cmd.getErr());
    }
    return 1;
  }
}
