package io.solargw.config.internal.bind;

import io.solargw.config.internal.Printable;
import io.solargw.config.internal.bind.Scalars.Invalid;
import io.solargw.config.internal.bind.Scalars.Parser;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * File and folder values: relative paths are resolved against the config file's folder (or the
 * working directory without a file), so the gateway finds the same files wherever it is started.
 */
final class FileValues {

  private FileValues() {}

  /**
   * An absolute, normalised path from the text; {@code ~} is refused because nothing expands it.
   */
  static Parser<Path> path(Path base) {
    return text -> {
      String t = text.strip();
      if (t.isEmpty() || t.chars().anyMatch(Character::isISOControl)) {
        throw new Invalid("expected a file path, got " + Printable.quote(text));
      }
      if (t.startsWith("~")) {
        throw new Invalid(
            Printable.quote(text) + ": '~' is not expanded here; write the full path");
      }
      try {
        return base.resolve(t).toAbsolutePath().normalize();
      } catch (InvalidPathException e) {
        throw new Invalid(Printable.quote(text) + " is not a valid path: " + e.getReason());
      }
    };
  }

  /** Reports {@code key} unless {@code file} is a readable regular file. */
  static boolean requireFile(Fields fields, String key, Path file) {
    if (!Files.exists(file)) {
      fields.error(
          key, "file not found: " + file + " (relative paths start at the config file's folder)");
      return false;
    }
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      fields.error(key, file + " is not a readable file");
      return false;
    }
    return true;
  }
}
