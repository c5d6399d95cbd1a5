package io.solargw.protocol.inverter.decode.internal;

import io.solargw.protocol.inverter.codes.ActiveCode;
import io.solargw.protocol.inverter.codes.CodeKind;
import io.solargw.protocol.inverter.decode.DisplayPage;
import io.solargw.protocol.inverter.decode.PageSlot;
import io.solargw.protocol.inverter.decode.PointReading;
import io.solargw.protocol.inverter.decode.PointValue;
import io.solargw.protocol.inverter.profile.InverterProfile;
import io.solargw.protocol.inverter.profile.PagePlacement;
import io.solargw.protocol.inverter.profile.PageSide;
import io.solargw.protocol.inverter.profile.PointKind;
import io.solargw.protocol.inverter.profile.UnitConversion;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Fills the 15 LCD pages (seed 4.1) from a snapshot's values: a half appears when its value was
 * decoded; profile constants (rated power, PV levels) always appear. Page 14 lists alarm codes,
 * page 15 fault codes; an ambiguous code is on both, an unknown code on page 15.
 */
public final class PageBuilder {

  private static final Set<CodeKind> ALARM_PAGE = EnumSet.of(CodeKind.ALARM, CodeKind.AMBIGUOUS);
  private static final Set<CodeKind> FAULT_PAGE =
      EnumSet.of(CodeKind.FAULT, CodeKind.AMBIGUOUS, CodeKind.UNKNOWN);

  private final SortedMap<Integer, PageSlot[]> pages = new TreeMap<>();
  private final List<ActiveCode> codes;

  private PageBuilder(List<ActiveCode> codes) {
    this.codes = codes;
  }

  /** The pages that have at least one half. */
  public static SortedMap<Integer, DisplayPage> build(
      InverterProfile profile,
      Map<String, PointReading> points,
      Map<String, PointReading> settings,
      Map<String, PointReading> constants,
      List<ActiveCode> codes) {
    PageBuilder b = new PageBuilder(codes);
    profile
        .points()
        .forEach(
            p ->
                b.place(
                    p.pages(), (p.kind() == PointKind.SETTING ? settings : points).get(p.name())));
    profile.derived().forEach(d -> b.place(d.pages(), points.get(d.name())));
    profile.constants().forEach(c -> b.place(c.pages(), constants.get(c.name())));
    profile.settings().forEach(s -> b.place(s.pages(), settings.get(s.name())));
    SortedMap<Integer, DisplayPage> out = new TreeMap<>();
    b.pages.forEach(
        (n, halves) ->
            out.put(
                n,
                new DisplayPage(
                    n, Optional.ofNullable(halves[0]), Optional.ofNullable(halves[1]))));
    return out;
  }

  private void place(List<PagePlacement> placements, PointReading reading) {
    if (reading == null) {
      return;
    }
    for (PagePlacement p : placements) {
      PageSlot slot = slot(p, reading);
      pages.computeIfAbsent(p.number(), n -> new PageSlot[2])[p.side() == PageSide.LEFT ? 0 : 1] =
          slot;
    }
  }

  private PageSlot slot(PagePlacement p, PointReading reading) {
    if (!p.filter().isEmpty() && reading.value() instanceof PointValue.Codes) {
      Set<CodeKind> kinds = p.filter().equals("alarm") ? ALARM_PAGE : FAULT_PAGE;
      List<ActiveCode> shown = codes.stream().filter(c -> kinds.contains(c.kind())).toList();
      return new PageSlot(p.label(), p.filter() + "_codes", new PointValue.Active(shown));
    }
    String unit = reading.unit();
    String shownUnit = p.displayUnit().isEmpty() ? unit : p.displayUnit();
    String name =
        unit.isEmpty() || shownUnit.equals(unit)
            ? reading.name()
            : reading.name().substring(0, reading.name().length() - unit.length()) + shownUnit;
    PointValue value = reading.value();
    if (value instanceof PointValue.Decimal d) {
      BigDecimal factor = UnitConversion.factor(unit, shownUnit).orElse(BigDecimal.ONE);
      if (factor.compareTo(BigDecimal.ONE) != 0) {
        // kW/kVA from W/VA: drop the zeros the factor 0.001 adds (0 W is 0 kW, not 0.000)
        BigDecimal shown = d.value().multiply(factor).stripTrailingZeros();
        value = new PointValue.Decimal(shown.scale() < 0 ? shown.setScale(0) : shown);
      }
    }
    return new PageSlot(p.label(), name, value);
  }
}
