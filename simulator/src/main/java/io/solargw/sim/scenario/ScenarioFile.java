package io.solargw.sim.scenario;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.solargw.sim.bms.PackCondition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a scenario file: YAML with a list {@code steps}, each a map with {@code at} (wall-clock
 * time after start: {@code 90}, {@code 90s}, {@code 1m30s}, {@code 2h}, {@code 500ms}), {@code do}
 * (the action) and the action's parameters. Every problem is reported at once, naming the step and
 * the key. The format is documented in {@code docs/reference/simulator.md}.
 */
public final class ScenarioFile {

  private static final Pattern TIME_PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|h|m|s)");

  private static final Map<String, Set<String>> PARAMETERS =
      Map.ofEntries(
          Map.entry("grid-off", Set.of()),
          Map.entry("grid-on", Set.of()),
          Map.entry("raise", Set.of("unit", "code")),
          Map.entry("clear", Set.of("unit", "code?")),
          Map.entry("overload", Set.of("unit", "watts")),
          Map.entry("overload-end", Set.of("unit")),
          Map.entry("firmware", Set.of("unit", "version")),
          Map.entry("misconfigure", Set.of("unit", "setting", "value")),
          Map.entry("unit-silent", Set.of("unit")),
          Map.entry("unit-back", Set.of("unit")),
          Map.entry("pack-silent", Set.of("pack")),
          Map.entry("pack-back", Set.of("pack")),
          Map.entry("pack-condition", Set.of("pack", "condition", "on?")),
          Map.entry("cell-voltage", Set.of("pack", "cell", "offset_mV")),
          Map.entry("charge-over-temperature", Set.of("pack")),
          Map.entry("mos-protection", Set.of("pack")),
          Map.entry("pack-normal", Set.of("pack")),
          Map.entry("pack-address", Set.of("pack", "address")),
          Map.entry("two-masters", Set.of("pack")),
          Map.entry("can-skew", Set.of("soc_pct", "volts", "amps")));

  private ScenarioFile() {}

  /** Every action name, for help texts and errors. */
  public static List<String> actions() {
    return PARAMETERS.keySet().stream().sorted().toList();
  }

  /** Loads {@code file}. */
  public static Scenario load(Path file) throws ScenarioFileException {
    try (InputStream in = Files.newInputStream(file)) {
      return load(in, file.toString());
    } catch (NoSuchFileException e) {
      throw new ScenarioFileException(List.of(file + ": no such scenario file"));
    } catch (IOException e) {
      throw new ScenarioFileException(List.of(file + ": cannot read: " + e.getMessage()));
    }
  }

  /** Loads a scenario document; {@code name} appears in problems. */
  public static Scenario load(InputStream in, String name) throws ScenarioFileException {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(in);
    } catch (JacksonException e) {
      throw new ScenarioFileException(
          List.of(name + ": not valid YAML: " + e.getOriginalMessage()));
    } catch (IOException e) {
      throw new ScenarioFileException(List.of(name + ": cannot read: " + e.getMessage()));
    }
    JsonNode steps = root == null ? null : root.get("steps");
    if (steps == null || !steps.isArray()) {
      throw new ScenarioFileException(List.of(name + ": expected a list 'steps' at the top"));
    }
    List<String> problems = new ArrayList<>();
    List<ScenarioStep> out = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      String where = name + " step " + (i + 1);
      try {
        out.add(step(steps.get(i)));
      } catch (IllegalArgumentException e) {
        problems.add(where + ": " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new ScenarioFileException(problems);
    }
    return new Scenario(name, out);
  }

  private static ScenarioStep step(JsonNode node) {
    if (!node.isObject()) {
      throw new IllegalArgumentException("expected a map with 'at' and 'do'");
    }
    String action = text(node, "do");
    Set<String> allowed = PARAMETERS.get(action);
    if (allowed == null) {
      throw new IllegalArgumentException(
          "unknown action '" + action + "' (known: " + String.join(", ", actions()) + ")");
    }
    for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      if (!key.equals("at")
          && !key.equals("do")
          && !allowed.contains(key)
          && !allowed.contains(key + "?")) {
        throw new IllegalArgumentException(
            "'"
                + key
                + "' is not a parameter of "
                + action
                + " (it takes "
                + describe(allowed)
                + ")");
      }
    }
    return new ScenarioStep(time(text(node, "at")), ScenarioActions.of(action, new Params(node)));
  }

  /** Parameter access for {@link ScenarioActions}, with messages naming the key. */
  static final class Params {
    private final JsonNode node;

    Params(JsonNode node) {
      this.node = node;
    }

    int integer(String key) {
      JsonNode v = node.get(key);
      if (v == null || !v.canConvertToInt() || !v.isIntegralNumber()) {
        throw new IllegalArgumentException("'" + key + "' must be a whole number, got " + shown(v));
      }
      return v.intValue();
    }

    OptionalInt optionalInteger(String key) {
      return node.has(key) ? OptionalInt.of(integer(key)) : OptionalInt.empty();
    }

    double number(String key) {
      JsonNode v = node.get(key);
      if (v == null || !v.isNumber()) {
        throw new IllegalArgumentException("'" + key + "' must be a number, got " + shown(v));
      }
      return v.doubleValue();
    }

    /** A number that may be left out: 0 then. */
    double optionalNumber(String key) {
      return node.has(key) ? number(key) : 0;
    }

    String text(String key) {
      return ScenarioFile.text(node, key);
    }

    boolean flag(String key, boolean fallback) {
      JsonNode v = node.get(key);
      if (v == null) {
        return fallback;
      }
      if (!v.isBoolean()) {
        throw new IllegalArgumentException("'" + key + "' must be true or false, got " + shown(v));
      }
      return v.booleanValue();
    }

    <T> T parsed(String key, Function<String, T> parser) {
      return parser.apply(text(key));
    }
  }

  static PackCondition condition(String label) {
    try {
      return PackCondition.valueOf(label.toUpperCase(Locale.ROOT).replace(' ', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "'condition' must be one of "
              + Arrays.toString(PackCondition.values())
              + ", got "
              + label);
    }
  }

  private static String text(JsonNode node, String key) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull() || v.isContainerNode()) {
      throw new IllegalArgumentException("'" + key + "' is missing or not a scalar");
    }
    return v.asText();
  }

  static Duration time(String text) {
    String t = text.strip();
    if (t.matches("\\d+(\\.\\d+)?")) {
      t = t + "s";
    }
    Matcher m = TIME_PART.matcher(t);
    double millis = 0;
    int end = 0;
    while (m.find() && m.start() == end) {
      double v = Double.parseDouble(m.group(1));
      millis +=
          switch (m.group(2)) {
            case "h" -> v * 3_600_000;
            case "m" -> v * 60_000;
            case "s" -> v * 1000;
            default -> v;
          };
      end = m.end();
    }
    if (t.isEmpty() || end != t.length()) {
      throw new IllegalArgumentException(
          "'at' must look like 90, 90s, 1m30s, 2h or 500ms, got '" + text + "'");
    }
    return Duration.ofMillis(Math.round(millis));
  }

  private static String describe(Set<String> keys) {
    return keys.isEmpty() ? "no parameters" : String.join(", ", keys.stream().sorted().toList());
  }

  private static String shown(JsonNode v) {
    return v == null ? "nothing" : "'" + v.asText() + "'";
  }
}
