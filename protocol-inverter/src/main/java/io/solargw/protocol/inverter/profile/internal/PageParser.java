package io.solargw.protocol.inverter.profile.internal;

import io.solargw.protocol.inverter.profile.PagePlacement;
import io.solargw.protocol.inverter.profile.PageSide;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads {@code page:} (one mapping or a list) of a point, derived value, constant or setting. */
final class PageParser {

  private static final Set<String> KEYS = Set.of("number", "side", "label", "unit", "show");

  private final Problems problems;

  PageParser(Problems problems) {
    this.problems = problems;
  }

  List<PagePlacement> parse(Fields owner) {
    List<PagePlacement> out = new ArrayList<>();
    for (Node n : owner.list("page")) {
      if (!(n instanceof Node.MapNode m)) {
        problems.add(
            n.location(), owner.subject(), "'page' must be a mapping {number, side, label}");
        continue;
      }
      Fields f = new Fields(m, owner.subject(), problems);
      f.allowOnly(KEYS);
      var number = f.integer("number", PagePlacement.FIRST_PAGE, PagePlacement.LAST_PAGE, false);
      if (!f.has("number")) {
        f.problem("number", "page without 'number'");
      }
      var side = f.keyword("side", PageSide::of, List.of("left", "right"), null);
      if (!f.has("side")) {
        f.problem("side", "page without 'side' (left or right)");
      }
      String label = f.requiredText("label").orElse("");
      String unit = f.text("unit").orElse("");
      String show = f.text("show").orElse("");
      if (!show.isEmpty() && !show.equals("alarm") && !show.equals("fault")) {
        f.problem("show", "unknown show '" + show + "' (allowed: alarm, fault)");
      }
      if (number.isPresent() && side.isPresent()) {
        out.add(new PagePlacement(number.get(), side.get(), label, unit, show));
      }
    }
    return out;
  }
}
