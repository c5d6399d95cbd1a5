package io.solargw.config;

import java.util.Objects;

/**
 * The {@code logging:} section.
 *
 * @param level how much to log; default {@code info}
 */
public record LoggingConfig(LogLevel level) {

  /** Checks that the level is given. */
  public LoggingConfig {
    Objects.requireNonNull(level, "level");
  }
}
