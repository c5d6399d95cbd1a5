package io.solargw.gateway.stack.internal;

import io.solargw.gateway.poll.DeviceReport;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the rack's CAN port says (limits the master pack gives the inverter, its own SOC, voltage
 * and current) next to the RS485 picture, with the differences: a large delta means the master sees
 * another rack than the one polled (a pack missing from its count, a stale master).
 */
public final class CanSummary {

  /** Copied from the CAN report when present, in this order. */
  static final List<String> FIELDS =
      List.of(
          "charge_voltage_V",
          "charge_current_limit_A",
          "discharge_current_limit_A",
          "discharge_voltage_V",
          "soc_pct",
          "soh_pct",
          "voltage_V",
          "current_A",
          "temperature_C",
          "protections",
          "alarms");

  /** CAN field, rack field, delta name. */
  private static final List<List<String>> DELTAS =
      List.of(
          List.of("soc_pct", "soc_pct", "soc_delta_pct"),
          List.of("voltage_V", "voltage_V", "voltage_delta_V"),
          List.of("current_A", "current_A", "current_delta_A"));

  private CanSummary() {}

  /**
   * The {@code can} section: the CAN fields found anywhere in {@code can}'s tree (flat or grouped
   * by frame kind) and {@code consistency} deltas CAN minus rack (null when a side is missing).
   */
  public static Map<String, Object> of(DeviceReport can, Map<String, Object> rack) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("device", can.deviceId());
    m.put("at", can.at().toString());
    for (String f : FIELDS) {
      m.put(f, Tree.find(can.values(), f).orElse(null));
    }
    Map<String, Object> consistency = new LinkedHashMap<>();
    for (List<String> d : DELTAS) {
      Optional<BigDecimal> c = Tree.find(can.values(), d.get(0)).flatMap(Tree::decimal);
      Optional<BigDecimal> r = Tree.decimal(rack.get(d.get(1)));
      consistency.put(d.get(2), c.isPresent() && r.isPresent() ? c.get().subtract(r.get()) : null);
    }
    m.put("consistency", consistency);
    return m;
  }
}
