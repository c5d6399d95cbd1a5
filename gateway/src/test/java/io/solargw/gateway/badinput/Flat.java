package io.solargw.gateway.badinput;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A report's JSON tree as path → leaf value, so two reports compare value by value. */
final class Flat {

  private Flat() {}

  static Map<String, Object> of(Map<String, Object> tree) {
    Map<String, Object> out = new TreeMap<>();
    add("", tree, out);
    return out;
  }

  private static void add(String path, Object node, Map<String, Object> out) {
    if (node instanceof Map<?, ?> map) {
      map.forEach((k, v) -> add(path.isEmpty() ? String.valueOf(k) : path + "." + k, v, out));
    } else if (node instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        add(path + "[" + i + "]", list.get(i), out);
      }
    } else {
      out.put(path, node);
    }
  }
}
