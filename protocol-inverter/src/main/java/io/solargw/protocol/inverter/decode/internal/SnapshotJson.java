package io.solargw.protocol.inverter.decode.internal;

import io.solargw.protocol.inverter.codes.ActiveCode;
import io.solargw.protocol.inverter.decode.DisplayPage;
import io.solargw.protocol.inverter.decode.InverterSnapshot;
import io.solargw.protocol.inverter.decode.PageSlot;
import io.solargw.protocol.inverter.decode.PointReading;
import io.solargw.protocol.inverter.decode.PointValue;
import io.solargw.protocol.inverter.profile.EnumOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The JSON tree of a snapshot: {@code points}, {@code settings}, {@code pages}, {@code codes} and,
 * when anything is missing, {@code unavailable} (name → reason) for points and settings.
 * Measurement enums print the raw number under their name and the code under {@code <name>_text};
 * settings print the option code.
 */
public final class SnapshotJson {

  private SnapshotJson() {}

  /** The ordered tree (maps, lists, BigDecimal, String, Integer, Boolean, null). */
  public static Map<String, Object> toJson(InverterSnapshot s) {
    Map<String, Object> root = new LinkedHashMap<>();
    Map<String, Object> missingPoints = new LinkedHashMap<>();
    Map<String, Object> missingSettings = new LinkedHashMap<>();
    root.put("points", section(s.points(), false, missingPoints));
    root.put("settings", section(s.settings(), true, missingSettings));
    Map<String, Object> pages = new LinkedHashMap<>();
    for (DisplayPage p : s.pages().values()) {
      Map<String, Object> page = new LinkedHashMap<>();
      p.left().ifPresent(slot -> page.put("left", slot(slot)));
      p.right().ifPresent(slot -> page.put("right", slot(slot)));
      pages.put(String.valueOf(p.number()), page);
    }
    root.put("pages", pages);
    root.put("codes", s.codes().stream().map(ActiveCode::toJson).toList());
    Map<String, Object> missing = new LinkedHashMap<>();
    if (!missingPoints.isEmpty()) {
      missing.put("points", missingPoints);
    }
    if (!missingSettings.isEmpty()) {
      missing.put("settings", missingSettings);
    }
    if (!missing.isEmpty()) {
      root.put("unavailable", missing);
    }
    return root;
  }

  private static Map<String, Object> section(
      Map<String, PointReading> readings, boolean settings, Map<String, Object> missing) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (PointReading r : readings.values()) {
      if (r.value() instanceof PointValue.Choice c && !settings) {
        out.put(r.name(), c.raw());
        out.put(r.name() + "_text", c.option().map(EnumOption::code).orElse(null));
        if (c.option().isEmpty()) {
          missing.put(r.name() + "_text", "code " + c.raw() + " is not in the enum table");
        }
      } else if (r.value() instanceof PointValue.Choice c && c.option().isEmpty()) {
        out.put(r.name(), null);
        missing.put(r.name(), "raw " + c.raw() + " is not in the enum table");
      } else {
        out.put(r.name(), value(r.value()));
        if (r.value() instanceof PointValue.Unavailable u) {
          missing.put(r.name(), u.reason());
        }
      }
    }
    return out;
  }

  private static Map<String, Object> slot(PageSlot slot) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("label", slot.label());
    out.put(slot.name(), value(slot.value()));
    if (slot.value() instanceof PointValue.Unavailable u) {
      out.put("reason", u.reason());
    }
    return out;
  }

  /** One value as JSON: number, text, option code, flags map, code list, or null. */
  static Object value(PointValue v) {
    if (v instanceof PointValue.Decimal d) {
      return d.value();
    } else if (v instanceof PointValue.Text t) {
      return t.text();
    } else if (v instanceof PointValue.Choice c) {
      return c.option().map(EnumOption::code).orElse(null);
    } else if (v instanceof PointValue.Flags f) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put(
          "raw",
          "0x"
              + f.words().stream()
                  .map(w -> String.format("%04X", w))
                  .collect(Collectors.joining()));
      m.putAll(f.bits());
      return m;
    } else if (v instanceof PointValue.Codes c) {
      return c.codes();
    } else if (v instanceof PointValue.Active a) {
      return a.codes().stream().map(ActiveCode::toJson).toList();
    }
    return null;
  }
}
