package io.solargw.config.internal.env;

import io.solargw.config.internal.Suggestions;
import io.solargw.config.internal.schema.Schema;
import io.solargw.config.internal.schema.Schema.Section;
import io.solargw.config.internal.schema.Schema.SectionList;
import io.solargw.config.internal.schema.Schema.Shape;
import io.solargw.config.internal.schema.Schema.Value;
import io.solargw.config.internal.schema.Schema.Values;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the part of a variable name after the prefix onto a key path by walking the {@link Schema}:
 * {@code MQTT_BASE_TOPIC} can only be {@code mqtt.base_topic} because {@code mqtt} has no key
 * {@code base}. Underscores inside key names are therefore never guessed at.
 */
final class EnvNames {

  /** A list index: a canonical decimal number, at most three digits. */
  private static final Pattern INDEX = Pattern.compile("0|[1-9][0-9]{0,2}");

  private static final Pattern NUMBER_TOKEN = Pattern.compile("(?<=^|_)[0-9]+(?=_|$)");

  private EnvNames() {}

  /**
   * The key steps (String keys, Integer list indexes) that {@code name} spells, ending at a value
   * or a list of values; or, with {@code sections}, possibly ending at a section.
   */
  static Optional<List<Object>> resolve(String name, boolean sections) {
    List<String> tokens = Arrays.asList(name.toUpperCase(Locale.ROOT).split("_", -1));
    return resolve(tokens, 0, Schema.ROOT, sections);
  }

  private static Optional<List<Object>> resolve(
      List<String> tokens, int at, Shape shape, boolean sections) {
    if (at == tokens.size()) {
      boolean leaf = shape instanceof Value || shape instanceof Values;
      return leaf || sections ? Optional.of(new ArrayList<>()) : Optional.empty();
    }
    if (shape instanceof SectionList list) {
      if (!INDEX.matcher(tokens.get(at)).matches()) {
        return Optional.empty();
      }
      return prepend(
          Integer.valueOf(tokens.get(at)), resolve(tokens, at + 1, list.element(), sections));
    }
    if (!(shape instanceof Section section)) {
      return Optional.empty();
    }
    for (var key : section.keys().entrySet()) {
      List<String> keyTokens = Arrays.asList(key.getKey().toUpperCase(Locale.ROOT).split("_"));
      int end = at + keyTokens.size();
      if (end <= tokens.size() && tokens.subList(at, end).equals(keyTokens)) {
        Optional<List<Object>> rest = resolve(tokens, end, key.getValue(), sections);
        if (rest.isPresent()) {
          return prepend(key.getKey(), rest);
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<List<Object>> prepend(Object step, Optional<List<Object>> rest) {
    rest.ifPresent(steps -> steps.add(0, step));
    return rest;
  }

  /** Whether the steps (from {@link #resolve}) end at a list of values. */
  static boolean isValueList(List<Object> steps) {
    Shape shape = Schema.ROOT;
    for (Object step : steps) {
      if (shape instanceof SectionList list) {
        shape = list.element();
      } else if (shape instanceof Section section) {
        shape = section.keys().get((String) step);
      }
    }
    return shape instanceof Values;
  }

  /** The variable name (without prefix) of a schema path such as {@code buses[].port}. */
  static String of(String schemaPath) {
    return schemaPath.replace("[]", "_N").replace('.', '_').toUpperCase(Locale.ROOT);
  }

  /** The known name closest to {@code name}, list indexes carried over, if one is close. */
  static Optional<String> suggest(String name) {
    String pattern = NUMBER_TOKEN.matcher(name).replaceAll("N");
    List<String> known = Schema.paths().stream().map(EnvNames::of).toList();
    return Suggestions.closest(pattern, known)
        .map(
            candidate -> {
              Matcher numbers = NUMBER_TOKEN.matcher(name);
              StringBuilder out = new StringBuilder();
              for (String token : candidate.split("_", -1)) {
                String step = token.equals("N") ? (numbers.find() ? numbers.group() : "0") : token;
                out.append(out.length() == 0 ? "" : "_").append(step);
              }
              return out.toString();
            });
  }
}
