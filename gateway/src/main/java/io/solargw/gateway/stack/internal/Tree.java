package io.solargw.gateway.stack.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the JSON trees of device reports (nested maps, lists, numbers, strings). Every read is
 * lenient: a missing key, a null or a value of another type is "absent", never an exception,
 * because a report of a half-answering device is normal.
 */
public final class Tree {

  private Tree() {}

  /** The node at {@code path} below {@code node}, if every step exists. */
  public static Optional<Object> at(Object node, String... path) {
    Object current = node;
    for (String key : path) {
      if (!(current instanceof Map<?, ?> m)) {
        return Optional.empty();
      }
      current = m.get(key);
    }
    return Optional.ofNullable(current);
  }

  /** The number at {@code path}, exact. */
  public static Optional<BigDecimal> number(Object node, String... path) {
    return at(node, path).flatMap(Tree::decimal);
  }

  /** The text at {@code path}. */
  public static Optional<String> text(Object node, String... path) {
    return at(node, path).filter(String.class::isInstance).map(String.class::cast);
  }

  /** The map at {@code path}. */
  @SuppressWarnings("unchecked")
  public static Optional<Map<String, Object>> map(Object node, String... path) {
    return at(node, path).filter(Map.class::isInstance).map(m -> (Map<String, Object>) m);
  }

  /** The list at {@code path}, or an empty list. */
  @SuppressWarnings("unchecked")
  public static List<Object> list(Object node, String... path) {
    return at(node, path)
        .filter(List.class::isInstance)
        .map(l -> (List<Object>) l)
        .orElse(List.of());
  }

  /** The maps of the list at {@code path}; other elements are skipped. */
  @SuppressWarnings("unchecked")
  public static List<Map<String, Object>> maps(Object node, String... path) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Object o : list(node, path)) {
      if (o instanceof Map<?, ?> m) {
        out.add((Map<String, Object>) m);
      }
    }
    return out;
  }

  /**
   * The first value named {@code key} anywhere below {@code node}, depth first in map order: the
   * CAN summary may be flat or grouped by frame kind, and each name occurs in one frame only.
   */
  public static Optional<Object> find(Object node, String key) {
    if (node instanceof Map<?, ?> m) {
      if (m.get(key) != null) {
        return Optional.of(m.get(key));
      }
      for (Object child : m.values()) {
        Optional<Object> found = find(child, key);
        if (found.isPresent()) {
          return found;
        }
      }
    } else if (node instanceof List<?> l) {
      for (Object child : l) {
        Optional<Object> found = find(child, key);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  /** {@code value} as an exact decimal, if it is a finite number. */
  public static Optional<BigDecimal> decimal(Object value) {
    if (value instanceof BigDecimal d) {
      return Optional.of(d);
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      return Double.isFinite(d) ? Optional.of(BigDecimal.valueOf(d)) : Optional.empty();
    }
    if (value instanceof Number n) {
      try {
        return Optional.of(new BigDecimal(n.toString()));
      } catch (NumberFormatException e) {
        return Optional.empty(); // an exotic Number whose text is not decimal
      }
    }
    return Optional.empty();
  }
}
