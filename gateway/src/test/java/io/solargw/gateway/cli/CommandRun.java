package io.solargw.gateway.cli;

import io.solargw.gateway.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs a {@code solar-gateway} command in-process and captures what it printed. */
final class CommandRun {

  private CommandRun() {}

  /** What one run printed and returned. */
  record Result(int exit, String out, String err) {}

  /** Runs {@code args} as on the command line. */
  static Result run(String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Result(exit, out.toString(), err.toString());
  }
}
