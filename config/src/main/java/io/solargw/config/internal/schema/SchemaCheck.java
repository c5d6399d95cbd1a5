package io.solargw.config.internal.schema;

import io.solargw.config.internal.KeyPaths;
import io.solargw.config.internal.Problems;
import io.solargw.config.internal.schema.Schema.Section;
import io.solargw.config.internal.schema.Schema.SectionList;
import io.solargw.config.internal.schema.Schema.Shape;
import io.solargw.config.internal.schema.Schema.Value;
import io.solargw.config.internal.schema.Schema.Values;
import io.solargw.config.internal.yaml.ListNode;
import io.solargw.config.internal.yaml.MapNode;
import io.solargw.config.internal.yaml.Node;
import io.solargw.config.internal.yaml.NullNode;
import io.solargw.config.internal.yaml.ScalarNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a tree against the {@link Schema} and returns a clean copy: unknown keys, duplicate keys
 * and values of the wrong shape are reported and left out, empty values are dropped (their defaults
 * apply), a comma-separated scalar where a list of values belongs becomes that list. Everything
 * after this step can trust the shapes.
 */
public final class SchemaCheck {

  private final Problems problems;

  private SchemaCheck(Problems problems) {
    this.problems = problems;
  }

  /** The checked copy of {@code root}; empty (after reporting) if the root is not a mapping. */
  public static Optional<MapNode> check(Node root, Problems problems) {
    if (root instanceof NullNode) {
      return Optional.of(MapNode.empty(root.origin()));
    }
    if (!(root instanceof MapNode map)) {
      problems.error(
          root.origin(),
          "",
          "the configuration must be a mapping of sections (gateway:, buses:, mqtt:, ...), got "
              + root.describe());
      return Optional.empty();
    }
    return Optional.of(new SchemaCheck(problems).section(map, Schema.ROOT, ""));
  }

  private Optional<Node> check(Node node, Shape shape, String path) {
    if (shape instanceof Section section) {
      if (node instanceof MapNode map) {
        return Optional.of(section(map, section, path));
      }
      problems.error(
          node.origin(), path, "expected " + mappingOf(section) + ", got " + node.describe());
      return Optional.empty();
    }
    if (shape instanceof SectionList list) {
      return Optional.of(sectionList(node, list.element(), path));
    }
    if (shape instanceof Values) {
      return values(node, path);
    }
    if (shape instanceof Value && node instanceof ScalarNode) {
      return Optional.of(node);
    }
    problems.error(node.origin(), path, "expected a single value, got " + node.describe());
    return Optional.empty();
  }

  private MapNode section(MapNode map, Section section, String path) {
    List<MapNode.Entry> kept = new ArrayList<>();
    Map<String, MapNode.Entry> seen = new HashMap<>();
    for (MapNode.Entry entry : map.entries()) {
      String keyPath = KeyPaths.key(path, entry.key());
      MapNode.Entry first = seen.putIfAbsent(entry.key(), entry);
      Shape shape = section.keys().get(entry.key());
      if (first != null) {
        problems.error(
            entry.keyOrigin(),
            keyPath,
            "is set twice in the same mapping (first on "
                + first.keyOrigin().where()
                + "); remove one of them");
      } else if (shape == null) {
        problems.error(entry.keyOrigin(), keyPath, UnknownKeys.message(entry.key(), section, path));
      } else if (!(entry.value() instanceof NullNode)) {
        check(entry.value(), shape, keyPath)
            .ifPresent(v -> kept.add(new MapNode.Entry(entry.key(), entry.keyOrigin(), v)));
      }
    }
    return new MapNode(map.origin(), kept);
  }

  /**
   * Bad elements are replaced by empty mappings rather than dropped, so that the elements after
   * them keep their index in later messages.
   */
  private ListNode sectionList(Node node, Section element, String path) {
    if (node instanceof MapNode map) {
      problems.error(
          node.origin(), path, "expected a list: start each entry with '- ' (e.g. '- port: ...')");
      return new ListNode(node.origin(), List.of(section(map, element, KeyPaths.index(path, 0))));
    }
    if (!(node instanceof ListNode list)) {
      problems.error(node.origin(), path, "expected a list of entries, got " + node.describe());
      return new ListNode(node.origin(), List.of());
    }
    List<Node> items = new ArrayList<>();
    for (int i = 0; i < list.items().size(); i++) {
      Node item = list.items().get(i);
      String itemPath = KeyPaths.index(path, i);
      if (item instanceof MapNode map) {
        items.add(section(map, element, itemPath));
      } else {
        if (!(item instanceof NullNode)) {
          problems.error(
              item.origin(),
              itemPath,
              "expected " + mappingOf(element) + ", got " + item.describe());
        }
        items.add(MapNode.empty(item.origin()));
      }
    }
    return new ListNode(list.origin(), items);
  }

  private Optional<Node> values(Node node, String path) {
    if (node instanceof ScalarNode scalar) {
      return Optional.of(commaList(scalar));
    }
    if (!(node instanceof ListNode list)) {
      problems.error(node.origin(), path, "expected a list of values, got " + node.describe());
      return Optional.empty();
    }
    List<Node> items = new ArrayList<>();
    for (int i = 0; i < list.items().size(); i++) {
      Node item = list.items().get(i);
      if (item instanceof ScalarNode) {
        items.add(item);
      } else if (!(item instanceof NullNode)) {
        problems.error(
            item.origin(),
            KeyPaths.index(path, i),
            "expected a single value, got " + item.describe());
      }
    }
    return Optional.of(new ListNode(list.origin(), items));
  }

  /** {@code WFM, CHM} as the list [WFM, CHM]: how a list of values is written in one value. */
  public static ListNode commaList(ScalarNode scalar) {
    List<Node> items = new ArrayList<>();
    for (String part : scalar.text().split(",")) {
      if (!part.isBlank()) {
        items.add(new ScalarNode(scalar.origin(), part.strip()));
      }
    }
    return new ListNode(scalar.origin(), items);
  }

  private static String mappingOf(Section section) {
    List<String> keys = List.copyOf(section.keys().keySet());
    return "a mapping of keys such as "
        + String.join(", ", keys.subList(0, Math.min(3, keys.size())))
        + (keys.size() > 3 ? ", ..." : "");
  }
}
