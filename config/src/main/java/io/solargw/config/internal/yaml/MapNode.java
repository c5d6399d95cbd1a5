package io.solargw.config.internal.yaml;

import io.solargw.config.internal.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A YAML mapping, entries in file order.
 *
 * @param origin where the mapping starts (its first key)
 * @param entries the entries; the loader removes duplicate keys before binding
 */
public record MapNode(Origin origin, List<MapNode.Entry> entries) implements Node {

  /**
   * One {@code key: value} line.
   *
   * @param key the key as written
   * @param keyOrigin where the key is
   * @param value the value
   */
  public record Entry(String key, Origin keyOrigin, Node value) {

    /** Checks that nothing is null. */
    public Entry {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(keyOrigin, "keyOrigin");
      Objects.requireNonNull(value, "value");
    }
  }

  /** Copies the entries. */
  public MapNode {
    Objects.requireNonNull(origin, "origin");
    entries = List.copyOf(entries);
  }

  /** An empty mapping placed at {@code origin}. */
  public static MapNode empty(Origin origin) {
    return new MapNode(origin, List.of());
  }

  @Override
  public String describe() {
    return "a mapping";
  }

  /** The entry for {@code key}, if present. */
  public Optional<Entry> entry(String key) {
    return entries.stream().filter(e -> e.key().equals(key)).findFirst();
  }

  /** This mapping with {@code key} set to {@code value}, replacing an entry or appending one. */
  public MapNode with(String key, Origin keyOrigin, Node value) {
    List<Entry> copy = new ArrayList<>(entries);
    Entry entry = new Entry(key, keyOrigin, value);
    int at = copy.stream().map(Entry::key).toList().indexOf(key);
    if (at >= 0) {
      copy.set(at, entry);
    } else {
      copy.add(entry);
    }
    return new MapNode(origin, copy);
  }

  /** This mapping without {@code key}. */
  public MapNode without(String key) {
    return new MapNode(origin, entries.stream().filter(e -> !e.key().equals(key)).toList());
  }
}
