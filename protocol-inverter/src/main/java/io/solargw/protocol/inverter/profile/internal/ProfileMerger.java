package io.solargw.protocol.inverter.profile.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lays a user profile over its base ({@code extends:}): points, derived values and constants are
 * matched by {@code name}, settings by {@code code}; a matched entry's keys replace the base's keys
 * (so one key can be fixed without restating the rest), new entries are appended, {@code remove_*}
 * lists delete entries ({@code remove_forbidden} by start address), {@code forbidden} and {@code
 * sentinels} are appended, enum tables are replaced whole, other top-level keys replace the base's
 * value.
 */
final class ProfileMerger {

  static final Map<String, String> KEYED_LISTS =
      Map.of("points", "name", "derived", "name", "constants", "name", "settings", "code");
  static final Map<String, String> REMOVALS =
      Map.of(
          "remove_points", "points",
          "remove_derived", "derived",
          "remove_constants", "constants",
          "remove_settings", "settings");

  static final String REMOVE_FORBIDDEN = "remove_forbidden";

  private final Problems problems;

  ProfileMerger(Problems problems) {
    this.problems = problems;
  }

  Node.MapNode merge(Node.MapNode base, Node.MapNode override) {
    Map<String, Node> entries = new LinkedHashMap<>(base.entries());
    Map<String, Node.Location> keys = new LinkedHashMap<>(base.keyLocations());
    for (Map.Entry<String, Node> e : override.entries().entrySet()) {
      String key = e.getKey();
      Node value = e.getValue();
      if (key.equals("extends") || REMOVALS.containsKey(key) || key.equals(REMOVE_FORBIDDEN)) {
        continue;
      }
      Node old = entries.get(key);
      if (KEYED_LISTS.containsKey(key)
          && old instanceof Node.ListNode ol
          && value instanceof Node.ListNode nl) {
        value = mergeKeyed(ol, nl, KEYED_LISTS.get(key));
      } else if ((key.equals("forbidden") || key.equals("sentinels"))
          && old instanceof Node.ListNode ol
          && value instanceof Node.ListNode nl) {
        List<Node> all = new ArrayList<>(ol.items());
        all.addAll(nl.items());
        value = new Node.ListNode(all, nl.location());
      } else if (key.equals("enums")
          && old instanceof Node.MapNode om
          && value instanceof Node.MapNode nm) {
        value = overlay(om, nm);
      }
      entries.put(key, value);
      keys.put(key, override.at(key));
    }
    for (Map.Entry<String, String> r : REMOVALS.entrySet()) {
      Node names = override.get(r.getKey());
      if (names != null) {
        remove(entries, r.getValue(), names, r.getKey());
      }
    }
    Node ranges = override.get(REMOVE_FORBIDDEN);
    if (ranges != null) {
      removeForbidden(entries, ranges);
    }
    return new Node.MapNode(entries, keys, base.location());
  }

  private Node.ListNode mergeKeyed(Node.ListNode base, Node.ListNode override, String idKey) {
    List<Node> out = new ArrayList<>(base.items());
    for (Node item : override.items()) {
      Optional<String> id = id(item, idKey);
      int index = id.isEmpty() ? -1 : indexOf(out, idKey, id.get());
      if (index >= 0
          && out.get(index) instanceof Node.MapNode bm
          && item instanceof Node.MapNode im) {
        out.set(index, overlay(bm, im));
      } else {
        out.add(item);
      }
    }
    return new Node.ListNode(out, override.location());
  }

  private void remove(Map<String, Node> entries, String listKey, Node names, String removalKey) {
    List<Node> items = names instanceof Node.ListNode l ? l.items() : List.of(names);
    Node current = entries.get(listKey);
    List<Node> out =
        current instanceof Node.ListNode l ? new ArrayList<>(l.items()) : new ArrayList<>();
    String idKey = KEYED_LISTS.get(listKey);
    for (Node n : items) {
      String name = n instanceof Node.Scalar s ? s.text() : null;
      int index = name == null ? -1 : indexOf(out, idKey, name);
      if (index < 0) {
        problems.add(
            n.location(),
            removalKey,
            "cannot remove '" + name + "': the base profile has no such entry in " + listKey);
      } else {
        out.remove(index);
      }
    }
    entries.put(listKey, new Node.ListNode(out, names.location()));
  }

  /** Drops base forbidden ranges whose {@code from} equals a listed address. */
  private void removeForbidden(Map<String, Node> entries, Node addresses) {
    List<Node> items = addresses instanceof Node.ListNode l ? l.items() : List.of(addresses);
    Node current = entries.get("forbidden");
    List<Node> out =
        current instanceof Node.ListNode l ? new ArrayList<>(l.items()) : new ArrayList<>();
    for (Node n : items) {
      Optional<Long> from =
          n instanceof Node.Scalar s ? Literals.integer(s.text()) : Optional.empty();
      boolean removed =
          from.isPresent()
              && out.removeIf(
                  f ->
                      f instanceof Node.MapNode m
                          && m.get("from") instanceof Node.Scalar s
                          && Literals.integer(s.text()).equals(from));
      if (!removed) {
        String text = n instanceof Node.Scalar s ? s.text() : "?";
        problems.add(
            n.location(),
            REMOVE_FORBIDDEN,
            "cannot remove '" + text + "': the base profile has no forbidden range starting there");
      }
    }
    entries.put("forbidden", new Node.ListNode(out, addresses.location()));
  }

  private static Node.MapNode overlay(Node.MapNode base, Node.MapNode top) {
    Map<String, Node> entries = new LinkedHashMap<>(base.entries());
    Map<String, Node.Location> keys = new LinkedHashMap<>(base.keyLocations());
    entries.putAll(top.entries());
    keys.putAll(top.keyLocations());
    return new Node.MapNode(entries, keys, top.location());
  }

  private static int indexOf(List<Node> items, String idKey, String id) {
    for (int i = 0; i < items.size(); i++) {
      if (id(items.get(i), idKey).filter(id::equalsIgnoreCase).isPresent()) {
        return i;
      }
    }
    return -1;
  }

  private static Optional<String> id(Node item, String idKey) {
    if (item instanceof Node.MapNode m && m.get(idKey) instanceof Node.Scalar s) {
      return Optional.ofNullable(s.text());
    }
    return Optional.empty();
  }
}
