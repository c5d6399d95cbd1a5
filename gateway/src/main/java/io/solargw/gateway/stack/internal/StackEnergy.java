package io.solargw.gateway.stack.internal;

import io.solargw.gateway.poll.DeviceReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The energy section of the inverter stack. Day counters add fresh units only, like the power
 * values. Lifetime counters also add the last values of stale and offline units: a lifetime counter
 * does not vanish when its unit stops answering, and a stack total that dropped by one unit's
 * lifetime would look like a meter reset to Home Assistant's energy dashboard, which then counts
 * the unit's whole lifetime again when it comes back. For the same reason a lifetime total is null
 * (unknown) while any configured unit has not given its counter yet — just after a restart, or a
 * unit that never answered — rather than the smaller sum of the others.
 */
public final class StackEnergy {

  /** Day counters, fresh units only. */
  public static final List<String> TODAY =
      List.of(
          "pv_energy_today_kWh",
          "load_energy_today_kWh",
          "load_from_grid_today_kWh",
          "grid_export_today_kWh",
          "battery_charge_energy_today_kWh",
          "battery_discharge_energy_today_kWh",
          "battery_charge_today_Ah",
          "battery_discharge_today_Ah",
          "ac_charge_today_Ah");

  /** Lifetime counters, fresh units plus the last values of excluded ones. */
  public static final List<String> LIFETIME =
      List.of(
          "pv_energy_total_kWh",
          "load_energy_total_kWh",
          "load_from_grid_total_kWh",
          "grid_export_total_kWh",
          "battery_charge_energy_total_kWh",
          "battery_discharge_energy_total_kWh",
          "ac_charge_energy_total_kWh",
          "battery_charge_total_Ah",
          "battery_discharge_total_Ah",
          "ac_charge_total_Ah");

  private StackEnergy() {}

  /** The energy section for {@code selection}. */
  public static Map<String, Object> of(Selection selection) {
    Map<String, Object> out = new LinkedHashMap<>();
    Sums.putSums(out, selection.included(), TODAY);
    List<DeviceReport> all = new ArrayList<>(selection.included());
    List<String> fromLast = new ArrayList<>();
    for (DeviceReport r : selection.lastValues()) {
      if (LIFETIME.stream().anyMatch(n -> Tree.number(r.values(), "points", n).isPresent())) {
        all.add(r);
        fromLast.add(r.deviceId());
      }
    }
    int units = selection.included().size() + selection.excluded().size();
    for (String name : LIFETIME) {
      Total t = new Total();
      all.forEach(r -> t.add(Tree.number(r.values(), "points", name)));
      // A partial sum would be smaller than the last complete one: a counter going back, which Home
      // Assistant takes for a meter reset. Unknown until every unit has given its value.
      out.put(name, t.count() == units ? t.sumOrNull() : null);
    }
    out.put("lifetime_from_last_values", fromLast);
    return out;
  }
}
