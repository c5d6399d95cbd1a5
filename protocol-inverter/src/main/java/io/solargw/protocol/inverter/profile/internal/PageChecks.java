package io.solargw.protocol.inverter.profile.internal;

import io.solargw.protocol.inverter.profile.ConstantSpec;
import io.solargw.protocol.inverter.profile.DerivedSpec;
import io.solargw.protocol.inverter.profile.PagePlacement;
import io.solargw.protocol.inverter.profile.PointSpec;
import io.solargw.protocol.inverter.profile.PointType;
import io.solargw.protocol.inverter.profile.SettingSpec;
import io.solargw.protocol.inverter.profile.UnitConversion;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Each LCD page half is used once; display units must be convertible; filters only on codes. */
final class PageChecks {

  private final Problems problems;
  private final Map<String, String> used = new HashMap<>();

  PageChecks(Problems problems) {
    this.problems = problems;
  }

  void check(
      List<Located<PointSpec>> points,
      List<Located<DerivedSpec>> derived,
      List<Located<ConstantSpec>> constants,
      List<Located<SettingSpec>> settings) {
    for (Located<PointSpec> p : points) {
      PointSpec s = p.value();
      place(p, "point " + s.name(), s.unit(), s.pages(), s.type() == PointType.CODES);
    }
    derived.forEach(
        d -> place(d, "derived " + d.value().name(), d.value().unit(), d.value().pages(), false));
    constants.forEach(
        c -> place(c, "constant " + c.value().name(), c.value().unit(), c.value().pages(), false));
    settings.forEach(
        s -> place(s, "setting " + s.value().code(), s.value().unit(), s.value().pages(), false));
  }

  private void place(
      Located<?> owner, String subject, String unit, List<PagePlacement> pages, boolean codes) {
    for (PagePlacement p : pages) {
      String key = p.number() + " " + p.side().keyword();
      String first = used.putIfAbsent(key, subject + " (line " + owner.at("page").line() + ")");
      if (first != null) {
        problems.add(owner.at("page"), subject, "page " + key + " is already used by " + first);
      }
      if (UnitConversion.factor(unit, p.displayUnit()).isEmpty()) {
        problems.add(
            owner.at("page"),
            subject,
            "page unit '" + p.displayUnit() + "' cannot be made from unit '" + unit + "'");
      }
      if (!p.filter().isEmpty() && !codes) {
        problems.add(owner.at("page"), subject, "page 'show' applies only to codes points");
      }
    }
  }
}
