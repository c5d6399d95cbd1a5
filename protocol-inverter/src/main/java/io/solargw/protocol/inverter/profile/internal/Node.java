package io.solargw.protocol.inverter.profile.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML node that remembers the file and line it came from, so problems can point at it. */
sealed interface Node {

  /** Where the node starts. */
  Location location();

  /** File (or resource) and 1-based line. */
  record Location(String source, int line) {}

  /** A mapping; keys keep file order, each with its own location. */
  record MapNode(Map<String, Node> entries, Map<String, Location> keyLocations, Location location)
      implements Node {
    public MapNode {
      entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
      keyLocations = Collections.unmodifiableMap(new LinkedHashMap<>(keyLocations));
    }

    Node get(String key) {
      return entries.get(key);
    }

    /** Location of {@code key}, or of the map when absent. */
    Location at(String key) {
      return keyLocations.getOrDefault(key, location);
    }
  }

  /** A sequence. */
  record ListNode(List<Node> items, Location location) implements Node {
    public ListNode {
      items = List.copyOf(items);
    }
  }

  /** A scalar as written; {@code text} is null for YAML null ({@code ~} or nothing). */
  record Scalar(String text, Location location) implements Node {}
}
