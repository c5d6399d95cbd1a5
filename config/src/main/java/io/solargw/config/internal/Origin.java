package io.solargw.config.internal;

import java.util.Objects;

/**
 * Where a value came from: a position in the YAML file, or an environment variable.
 *
 * @param source the file name, or the variable name
 * @param line 1-based line, 0 when unknown or from the environment
 * @param column 1-based column, 0 when unknown
 * @param environment whether {@code source} is an environment variable
 */
public record Origin(String source, int line, int column, boolean environment) {

  /** Checks that the source is given. */
  public Origin {
    Objects.requireNonNull(source, "source");
  }

  /** A position in a file. */
  public static Origin file(String source, int line, int column) {
    return new Origin(source, Math.max(0, line), Math.max(0, column), false);
  }

  /** An environment variable. */
  public static Origin env(String variable) {
    return new Origin(variable, 0, 0, true);
  }

  /** How a message refers to this place: {@code line 12} or {@code SOLAR_GATEWAY_BUSES_0_PORT}. */
  public String where() {
    return environment || line == 0 ? source : "line " + line;
  }
}
