package io.solargw.protocol.inverter.profile.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Typed access to the keys of one YAML mapping (a point, a setting, the top level); every wrong
 * value becomes a problem at the key's line naming the subject, and reading goes on.
 */
final class Fields {

  private final Node.MapNode map;
  private final String subject;
  private final Problems problems;

  Fields(Node.MapNode map, String subject, Problems problems) {
    this.map = map;
    this.subject = subject;
    this.problems = problems;
  }

  String subject() {
    return subject;
  }

  Node.Location at(String key) {
    return map.at(key);
  }

  Node.Location location() {
    return map.location();
  }

  void problem(String key, String message) {
    problems.add(map.at(key), subject, message);
  }

  /** Records a problem for each key not in {@code allowed}. */
  void allowOnly(Set<String> allowed) {
    for (String key : map.entries().keySet()) {
      if (!allowed.contains(key)) {
        problem(
            key,
            "unknown key '"
                + key
                + "' (allowed: "
                + String.join(", ", new TreeSet<>(allowed))
                + ")");
      }
    }
  }

  boolean has(String key) {
    return map.entries().containsKey(key);
  }

  /** Whether the key is present with YAML null. */
  boolean isNull(String key) {
    return map.get(key) instanceof Node.Scalar s && s.text() == null;
  }

  Optional<String> text(String key) {
    Node n = map.get(key);
    if (n == null || (n instanceof Node.Scalar s && s.text() == null)) {
      return Optional.empty();
    }
    if (n instanceof Node.Scalar s) {
      return Optional.of(s.text());
    }
    problem(key, "'" + key + "' must be a single value");
    return Optional.empty();
  }

  Optional<String> requiredText(String key) {
    Optional<String> t = text(key);
    if (t.isEmpty() && !has(key)) {
      problem(key, "missing '" + key + "'");
    } else if (t.isPresent() && t.get().isBlank()) {
      problem(key, "'" + key + "' must not be empty");
      return Optional.empty();
    }
    return t;
  }

  /** An integer within {@code [min, max]}; formats bounds as hex when {@code hex}. */
  Optional<Integer> integer(String key, long min, long max, boolean hex) {
    Optional<String> t = text(key);
    if (t.isEmpty()) {
      return Optional.empty();
    }
    Optional<Long> v = Literals.integer(t.get());
    if (v.isEmpty() || v.get() < min || v.get() > max) {
      String range = hex ? Literals.hex(min) + ".." + Literals.hex(max) : min + ".." + max;
      String what = v.isEmpty() ? "not an integer" : "out of range";
      problem(key, "'" + key + "' " + t.get() + " is " + what + " (allowed " + range + ")");
      return Optional.empty();
    }
    return Optional.of(v.get().intValue());
  }

  Optional<Integer> address(String key) {
    return integer(key, 0, 0xFFFF, true);
  }

  Optional<BigDecimal> decimal(String key) {
    Optional<String> t = text(key);
    if (t.isEmpty()) {
      return Optional.empty();
    }
    Optional<BigDecimal> v = Literals.decimal(t.get());
    if (v.isEmpty()) {
      problem(key, "'" + key + "' " + t.get() + " is not a number");
    }
    return v;
  }

  /** A keyword looked up with {@code of}; {@code fallback} when absent, empty when wrong. */
  <E> Optional<E> keyword(
      String key, Function<String, Optional<E>> of, List<String> allowed, E fallback) {
    Optional<String> t = text(key);
    if (t.isEmpty()) {
      return Optional.ofNullable(fallback);
    }
    Optional<E> v = of.apply(t.get());
    if (v.isEmpty()) {
      problem(
          key,
          "unknown " + key + " '" + t.get() + "' (allowed: " + String.join(", ", allowed) + ")");
    }
    return v;
  }

  /**
   * One of {@code values} by its keyword; {@code fallback} when absent or wrong (then a problem).
   */
  <E> E choice(String key, E[] values, Function<E, String> keyword, E fallback) {
    List<String> names = java.util.Arrays.stream(values).map(keyword).toList();
    Function<String, Optional<E>> of =
        t -> java.util.Arrays.stream(values).filter(v -> keyword.apply(v).equals(t)).findFirst();
    return keyword(key, of, names, fallback).orElse(fallback);
  }

  Optional<Boolean> bool(String key) {
    Optional<String> t = text(key);
    if (t.isEmpty()) {
      return Optional.empty();
    }
    return switch (t.get().toLowerCase(java.util.Locale.ROOT)) {
      case "true", "yes" -> Optional.of(true);
      case "false", "no" -> Optional.of(false);
      default -> {
        problem(key, "'" + key + "' must be true or false, got " + t.get());
        yield Optional.empty();
      }
    };
  }

  Optional<Node.MapNode> map(String key) {
    Node n = map.get(key);
    if (n == null) {
      return Optional.empty();
    }
    if (n instanceof Node.MapNode m) {
      return Optional.of(m);
    }
    problem(key, "'" + key + "' must be a mapping");
    return Optional.empty();
  }

  /** The key's items; a single scalar counts as a one-item list. */
  List<Node> list(String key) {
    Node n = map.get(key);
    if (n == null || (n instanceof Node.Scalar s && s.text() == null)) {
      return List.of();
    }
    if (n instanceof Node.ListNode l) {
      return l.items();
    }
    return List.of(n);
  }

  /** The key's items as texts (non-scalars become problems). */
  List<String> texts(String key) {
    List<String> out = new ArrayList<>();
    for (Node n : list(key)) {
      if (n instanceof Node.Scalar s && s.text() != null) {
        out.add(s.text());
      } else {
        problems.add(n.location(), subject, "'" + key + "' must list plain values");
      }
    }
    return out;
  }

  Node raw(String key) {
    return map.get(key);
  }
}
