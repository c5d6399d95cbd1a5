package io.solargw.config.internal.schema;

import io.solargw.config.internal.Printable;
import io.solargw.config.internal.Suggestions;
import io.solargw.config.internal.schema.Schema.Section;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The message for a key the schema does not know at that place. */
final class UnknownKeys {

  private UnknownKeys() {}

  /**
   * A typo of a key allowed here gives "did you mean"; a key that exists elsewhere says where it
   * belongs; otherwise the allowed keys are listed.
   */
  static String message(String key, Section section, String path) {
    String where = path.isEmpty() ? "at the top level" : "in " + path;
    Optional<String> typo = Suggestions.closest(key, section.keys().keySet());
    if (typo.isPresent()) {
      return "unknown key " + Printable.quote(key) + "; did you mean '" + typo.get() + "'?";
    }
    Optional<String> elsewhere = elsewhere(key);
    if (elsewhere.isPresent()) {
      return Printable.quote(key) + " is not a key " + where + "; it belongs at " + elsewhere.get();
    }
    return "unknown key "
        + Printable.quote(key)
        + " "
        + where
        + "; allowed: "
        + String.join(", ", section.keys().keySet());
  }

  private static Optional<String> elsewhere(String key) {
    String wanted = key.toLowerCase(Locale.ROOT);
    List<String> places =
        Schema.paths().stream()
            .filter(
                p -> p.substring(p.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT).equals(wanted))
            .toList();
    return places.isEmpty() ? Optional.empty() : Optional.of(String.join(" or ", places));
  }
}
