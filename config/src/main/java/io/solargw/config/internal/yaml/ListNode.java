package io.solargw.config.internal.yaml;

import io.solargw.config.internal.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A YAML sequence ({@code - item} lines or {@code [a, b]}).
 *
 * @param origin where the sequence starts
 * @param items the elements in order
 */
public record ListNode(Origin origin, List<Node> items) implements Node {

  /** Copies the items. */
  public ListNode {
    Objects.requireNonNull(origin, "origin");
    items = List.copyOf(items);
  }

  @Override
  public String describe() {
    return "a list";
  }

  /** This list with element {@code index} replaced, or appended when {@code index == size}. */
  public ListNode with(int index, Node item) {
    List<Node> copy = new ArrayList<>(items);
    if (index == copy.size()) {
      copy.add(item);
    } else {
      copy.set(index, item);
    }
    return new ListNode(origin, copy);
  }
}
