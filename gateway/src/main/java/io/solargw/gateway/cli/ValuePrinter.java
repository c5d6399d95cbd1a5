package io.solargw.gateway.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Prints a decoded value tree (nested {@code Map<String, ?>}, {@code List<?>}, numbers, strings,
 * booleans) as JSON or as a two-column table of flattened key paths. Key order is kept.
 */
public final class ValuePrinter {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ValuePrinter() {}

  /** Prints {@code tree} to {@code out} as JSON or as a table. */
  public static void print(PrintWriter out, Object tree, boolean json) {
    if (json) {
      out.println(toJson(tree));
    } else {
      List<String[]> rows = new ArrayList<>();
      flatten("", tree, rows);
      int width = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
      for (String[] row : rows) {
        out.printf("%-" + Math.max(1, width) + "s  %s%n", row[0], row[1]);
      }
    }
    out.flush();
  }

  /** The tree as pretty-printed JSON. */
  public static String toJson(Object tree) {
    try {
      return JSON.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("value tree is not serialisable: " + e.getMessage(), e);
    }
  }

  private static void flatten(String prefix, Object node, List<String[]> rows) {
    if (node instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        String key = prefix.isEmpty() ? String.valueOf(e.getKey()) : prefix + "." + e.getKey();
        flatten(key, e.getValue(), rows);
      }
    } else if (node instanceof List<?> list && list.stream().anyMatch(ValuePrinter::isBranch)) {
      for (int i = 0; i < list.size(); i++) {
        flatten(prefix + "[" + i + "]", list.get(i), rows);
      }
    } else if (node instanceof List<?> list) {
      rows.add(new String[] {prefix, list.toString()});
    } else {
      rows.add(new String[] {prefix, String.valueOf(node)});
    }
  }

  private static boolean isBranch(Object o) {
    return o instanceof Map<?, ?> || o instanceof List<?>;
  }
}
