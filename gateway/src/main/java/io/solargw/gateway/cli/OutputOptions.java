package io.solargw.gateway.cli;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * The {@code --json} / {@code --table} choice shared by every command that prints values. Without
 * either, JSON is printed when stdout is not a terminal (pipes, files) and a table otherwise.
 */
public final class OutputOptions {

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Choice choice;

  static final class Choice {
    @Option(
        names = "--json",
        description = "Print JSON (the default when stdout is not a terminal).")
    boolean json;

    @Option(names = "--table", description = "Print a readable table.")
    boolean table;
  }

  /** True when JSON should be printed. */
  public boolean json() {
    if (choice != null) {
      return choice.json;
    }
    return System.console() == null;
  }
}
