package io.solargw.gateway.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/** Prints an inverter snapshot as the manual's display pages, then every other value. */
final class PagesTable {

  private PagesTable() {}

  static void print(PrintWriter out, Map<String, Object> snapshot) {
    if (snapshot.get("pages") instanceof Map<?, ?> pages) {
      out.println("Display pages (manual section 4.1)");
      pages.forEach(
          (number, page) -> {
            if (page instanceof Map<?, ?> sides) {
              out.printf(
                  "  %2s  %-38s %s%n", number, side(sides.get("left")), side(sides.get("right")));
            }
          });
      out.println();
    }
    Map<String, Object> rest = new LinkedHashMap<>(snapshot);
    rest.remove("pages");
    ValuePrinter.print(out, rest, false);
  }

  private static String side(Object s) {
    if (!(s instanceof Map<?, ?> m)) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    m.forEach(
        (k, v) -> {
          if ("label".equals(k)) {
            sb.insert(0, v + ": ");
          } else {
            sb.append(v).append(' ').append(unit(String.valueOf(k))).append(' ');
          }
        });
    return sb.toString().strip();
  }

  private static String unit(String key) {
    int i = key.lastIndexOf('_');
    return i < 0 ? "" : key.substring(i + 1);
  }
}
