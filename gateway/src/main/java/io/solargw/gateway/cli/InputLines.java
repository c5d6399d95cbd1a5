package io.solargw.gateway.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Frames given as arguments, or else read from stdin one per line (blank lines skipped). */
public final class InputLines {

  private InputLines() {}

  /** The arguments if any, otherwise the non-blank lines of stdin, trimmed. */
  public static List<String> argumentsOrStdin(List<String> arguments) {
    if (arguments != null && !arguments.isEmpty()) {
      return List.copyOf(arguments);
    }
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII))) {
      return in.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read stdin", e);
    }
  }
}
