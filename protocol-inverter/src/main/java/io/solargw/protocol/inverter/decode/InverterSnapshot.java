package io.solargw.protocol.inverter.decode;

import io.solargw.protocol.inverter.codes.ActiveCode;
import io.solargw.protocol.inverter.decode.internal.SnapshotJson;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything decoded from one device's registers: measurements and derived values under {@code
 * points}, setting read-backs under {@code settings} (so {@code output_voltage_V} can be both
 * 0x0216 and E208), the 15 LCD pages of seed 4.1 and the active fault/alarm codes.
 *
 * @param points measurement and derived-value name → reading, in profile order
 * @param settings setting read-back name → reading, in profile order
 * @param pages page number → page, only pages with a computable half
 * @param codes active codes from 0x0204..0x0207, in slot order
 */
public record InverterSnapshot(
    Map<String, PointReading> points,
    Map<String, PointReading> settings,
    SortedMap<Integer, DisplayPage> pages,
    List<ActiveCode> codes) {

  /** Copies the collections, keeping order. */
  public InverterSnapshot {
    points = Collections.unmodifiableMap(new LinkedHashMap<>(points));
    settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    pages = Collections.unmodifiableSortedMap(new TreeMap<>(pages));
    codes = List.copyOf(codes);
  }

  /** The measurement or derived value named {@code name}, if decoded. */
  public Optional<PointReading> point(String name) {
    return Optional.ofNullable(points.get(name));
  }

  /** The setting read-back named {@code name}, if decoded. */
  public Optional<PointReading> setting(String name) {
    return Optional.ofNullable(settings.get(name));
  }

  /**
   * The snapshot as an ordered JSON tree: {@code {"points": {...}, "settings": {...}, "pages":
   * {"1": {"left": {...}, "right": {...}}, ...}, "codes": [...], "unavailable": {...}}}; numbers
   * are exact {@code BigDecimal}s, unavailable values are null with their reason under {@code
   * unavailable}.
   */
  public Map<String, Object> toJson() {
    return SnapshotJson.toJson(this);
  }
}
