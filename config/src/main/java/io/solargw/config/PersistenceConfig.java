package io.solargw.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The {@code persistence:} section: where the gateway keeps state across restarts (energy
 * counters).
 *
 * @param directory absolute folder; the gateway creates it if missing. A relative path in the file
 *     is resolved against the config file's folder. Default {@code ./data}.
 */
public record PersistenceConfig(Path directory) {

  /** Checks that the directory is given and absolute. */
  public PersistenceConfig {
    Objects.requireNonNull(directory, "directory");
    if (!directory.isAbsolute()) {
      throw new IllegalArgumentException("directory must be absolute, got " + directory);
    }
  }
}
