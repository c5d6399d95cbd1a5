package io.solargw.config.internal.env;

import io.solargw.config.ConfigLoader;
import io.solargw.config.internal.KeyPaths;
import io.solargw.config.internal.Origin;
import io.solargw.config.internal.Problems;
import io.solargw.config.internal.schema.SchemaCheck;
import io.solargw.config.internal.yaml.ListNode;
import io.solargw.config.internal.yaml.MapNode;
import io.solargw.config.internal.yaml.Node;
import io.solargw.config.internal.yaml.ScalarNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Applies {@code SOLAR_GATEWAY_*} environment variables on top of the checked file tree. Each
 * variable names one key path ({@link EnvNames}); its value becomes a scalar whose origin is the
 * variable, so later problems name the variable. An empty value removes the key (its default
 * applies). Lists of values take comma-separated text; list elements are addressed by index and may
 * extend a list by one (from the environment alone, {@code BUSES_0_...} creates the first bus).
 */
public final class EnvOverrides {

  /** One variable that names a key. */
  private record Override(String variable, String value, List<Object> steps) {}

  private EnvOverrides() {}

  /** {@code root} with every override applied; unknown variables are reported. */
  public static MapNode apply(MapNode root, Map<String, String> env, Problems problems) {
    List<Override> overrides = new ArrayList<>();
    for (Map.Entry<String, String> var : new TreeMap<>(env).entrySet()) {
      String name = var.getKey();
      if (!name.startsWith(ConfigLoader.ENV_PREFIX)
          || ConfigLoader.RESERVED_VARIABLES.contains(name)) {
        continue;
      }
      String rest = name.substring(ConfigLoader.ENV_PREFIX.length());
      Optional<List<Object>> steps = EnvNames.resolve(rest, false);
      if (steps.isPresent()) {
        overrides.add(new Override(name, var.getValue(), steps.get()));
      } else {
        problems.error(Origin.env(name), "", unknown(rest));
      }
    }
    // Index order, so that BUSES_0_* creates buses[0] before BUSES_1_* appends buses[1].
    overrides.sort(Comparator.comparing(Override::steps, EnvOverrides::compareSteps));
    MapNode result = root;
    for (Override override : overrides) {
      result = apply(result, override, problems);
    }
    return result;
  }

  private static MapNode apply(MapNode root, Override override, Problems problems) {
    Origin origin = Origin.env(override.variable());
    String path = path(override.steps());
    Optional<Node> leaf = leaf(override, origin);
    try {
      Node updated = set(root, override.steps(), 0, leaf, origin);
      return updated instanceof MapNode map ? map : MapNode.empty(root.origin());
    } catch (MissingElement e) {
      problems.error(
          origin,
          path,
          "there is no " + e.getMessage() + "; number list entries from 0 without gaps");
      return root;
    }
  }

  /** The node to place, or empty to remove the key (empty value). */
  private static Optional<Node> leaf(Override override, Origin origin) {
    if (override.value().isEmpty()) {
      return Optional.empty();
    }
    ScalarNode value = new ScalarNode(origin, override.value());
    return Optional.of(
        EnvNames.isValueList(override.steps()) ? SchemaCheck.commaList(value) : value);
  }

  /** Thrown when an index would leave a gap in a list; the message is the missing element. */
  private static final class MissingElement extends Exception {
    private static final long serialVersionUID = 1L;

    MissingElement(String element) {
      super(element, null, false, false);
    }
  }

  private static Node set(Node node, List<Object> steps, int at, Optional<Node> leaf, Origin origin)
      throws MissingElement {
    if (at == steps.size()) {
      return leaf.orElse(null);
    }
    if (steps.get(at) instanceof Integer index) {
      ListNode list = node instanceof ListNode l ? l : new ListNode(origin, List.of());
      int size = list.items().size();
      if (index >= size && leaf.isEmpty()) {
        return node; // nothing to remove
      }
      if (index > size) {
        throw new MissingElement(KeyPaths.index(path(steps.subList(0, at)), size));
      }
      Node child = index < list.items().size() ? list.items().get(index) : null;
      Node updated = set(child, steps, at + 1, leaf, origin);
      return list.with(index, updated == null ? MapNode.empty(origin) : updated);
    }
    String key = (String) steps.get(at);
    MapNode map = node instanceof MapNode m ? m : MapNode.empty(origin);
    Optional<MapNode.Entry> entry = map.entry(key);
    Node updated = set(entry.map(MapNode.Entry::value).orElse(null), steps, at + 1, leaf, origin);
    if (updated == null) {
      return map.without(key);
    }
    return map.with(key, entry.map(MapNode.Entry::keyOrigin).orElse(origin), updated);
  }

  /** {@code buses[0].port} for the steps [buses, 0, port]. */
  static String path(List<Object> steps) {
    String path = "";
    for (Object step : steps) {
      path =
          step instanceof Integer i ? KeyPaths.index(path, i) : KeyPaths.key(path, (String) step);
    }
    return path;
  }

  private static int compareSteps(List<Object> a, List<Object> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      Object x = a.get(i);
      Object y = b.get(i);
      int c =
          x instanceof Integer xi && y instanceof Integer yi
              ? Integer.compare(xi, yi)
              : String.valueOf(x).compareTo(String.valueOf(y));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  private static String unknown(String rest) {
    if (EnvNames.resolve(rest, true).isPresent()) {
      return "names a section, not a value; set one of its keys (see the configuration reference)";
    }
    return "names no configuration key"
        + EnvNames.suggest(rest)
            .map(s -> "; did you mean " + ConfigLoader.ENV_PREFIX + s + "?")
            .orElse("; see the configuration reference for the variable names");
  }
}
