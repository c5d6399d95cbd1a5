package io.solargw.config.internal.bind;

import io.solargw.config.internal.KeyPaths;
import io.solargw.config.internal.Origin;
import io.solargw.config.internal.Problems;
import io.solargw.config.internal.bind.Scalars.Invalid;
import io.solargw.config.internal.bind.Scalars.Parser;
import io.solargw.config.internal.yaml.ListNode;
import io.solargw.config.internal.yaml.MapNode;
import io.solargw.config.internal.yaml.Node;
import io.solargw.config.internal.yaml.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A cursor over one checked mapping: reads typed values by key and reports what does not parse at
 * the value's own place (line, or environment variable), under its full key path. Shapes were
 * checked before ({@code SchemaCheck}), so a key holds the shape the schema says or is absent.
 */
final class Fields {

  private final MapNode map;
  private final String path;
  private final Problems problems;

  Fields(MapNode map, String path, Problems problems) {
    this.map = map;
    this.path = path;
    this.problems = problems;
  }

  /** The key path of this mapping. */
  String path() {
    return path;
  }

  /** The key path of {@code key} in this mapping. */
  String path(String key) {
    return KeyPaths.key(path, key);
  }

  Problems problems() {
    return problems;
  }

  /** Whether {@code key} has a value. */
  boolean has(String key) {
    return map.entry(key).isPresent();
  }

  /** Where {@code key}'s value is, or where this mapping is when the key is absent. */
  Origin origin(String key) {
    return map.entry(key).map(e -> e.value().origin()).orElse(map.origin());
  }

  /** Where {@code key} itself is written, or where this mapping is when the key is absent. */
  Origin keyOrigin(String key) {
    return map.entry(key).map(MapNode.Entry::keyOrigin).orElse(map.origin());
  }

  /** The value of {@code key} parsed; empty when absent or invalid (invalid is reported). */
  <T> Optional<T> get(String key, Parser<T> parser) {
    Optional<Node> node = map.entry(key).map(MapNode.Entry::value);
    if (node.isEmpty() || !(node.get() instanceof ScalarNode scalar)) {
      return Optional.empty();
    }
    try {
      return Optional.of(parser.parse(scalar.text()));
    } catch (Invalid e) {
      problems.error(scalar.origin(), path(key), e.getMessage());
      return Optional.empty();
    }
  }

  /** The value of {@code key} parsed, or {@code fallback} when absent or invalid. */
  <T> T get(String key, Parser<T> parser, T fallback) {
    return get(key, parser).orElse(fallback);
  }

  /** The value of a key that must be set; a missing key is reported with {@code hint}. */
  <T> Optional<T> require(String key, Parser<T> parser, String hint) {
    if (!has(key)) {
      // Not when the mapping itself, or the value written for the key, was already reported.
      if (!problems.failedAt(path) && !problems.failedAt(path(key))) {
        problems.error(map.origin(), path(key), "is missing; " + hint);
      }
      return Optional.empty();
    }
    return get(key, parser);
  }

  /** The mapping under {@code key}; an empty one placed here when absent. */
  Fields section(String key) {
    Optional<Node> node = map.entry(key).map(MapNode.Entry::value);
    MapNode inner = node.orElse(null) instanceof MapNode m ? m : MapNode.empty(map.origin());
    return new Fields(inner, path(key), problems);
  }

  /** The mappings of the list under {@code key}, in order; empty when absent. */
  List<Fields> list(String key) {
    List<Fields> items = new ArrayList<>();
    if (map.entry(key).map(MapNode.Entry::value).orElse(null) instanceof ListNode list) {
      for (int i = 0; i < list.items().size(); i++) {
        if (list.items().get(i) instanceof MapNode item) {
          items.add(new Fields(item, KeyPaths.index(path(key), i), problems));
        }
      }
    }
    return items;
  }

  /**
   * A parsed element of a list of values.
   *
   * @param value the parsed value
   * @param path its key path, e.g. {@code writes.allow[2]}
   * @param origin where it is
   */
  record Item<T>(T value, String path, Origin origin) {}

  /** Each value of the list of values under {@code key} parsed; invalid ones are reported. */
  <T> List<Item<T>> values(String key, Parser<T> parser) {
    List<Item<T>> values = new ArrayList<>();
    if (map.entry(key).map(MapNode.Entry::value).orElse(null) instanceof ListNode list) {
      for (int i = 0; i < list.items().size(); i++) {
        if (list.items().get(i) instanceof ScalarNode scalar) {
          String itemPath = KeyPaths.index(path(key), i);
          try {
            values.add(new Item<>(parser.parse(scalar.text()), itemPath, scalar.origin()));
          } catch (Invalid e) {
            problems.error(scalar.origin(), itemPath, e.getMessage());
          }
        }
      }
    }
    return values;
  }

  /** Reports an error about {@code key}, at its value. */
  void error(String key, String message) {
    problems.error(origin(key), path(key), message);
  }

  /** Reports a warning about {@code key}, at its value. */
  void warning(String key, String message) {
    problems.warning(origin(key), path(key), message);
  }
}
