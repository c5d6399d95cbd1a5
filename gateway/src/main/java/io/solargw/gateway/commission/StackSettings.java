package io.solargw.gateway.commission;

import io.solargw.gateway.poll.DeviceReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings that must be equal on every unit of a parallel stack (output, battery, charging,
 * priorities, BMS), each named by its manual number and LCD code. One failed check per setting that
 * differs, naming the units that differ from the majority; one passed check otherwise. Pure.
 */
public final class StackSettings {

  /** Read-back name → "[n] CODE" of the inverter manual's settings table. */
  static final Map<String, String> STACK_WIDE = new LinkedHashMap<>();

  static {
    String[] table = {
      "output_voltage_V",
      "[36] GOV",
      "output_frequency_Hz",
      "[3] OPF",
      "output_priority",
      "[2] WFM",
      "charge_priority",
      "[7] CHM",
      "input_mode",
      "[4] GVR",
      "battery_type",
      "[9] BTP",
      "max_charge_current_A",
      "[8] MCC",
      "max_ac_charge_current_A",
      "[27] ACM",
      "boost_voltage_V",
      "[10] ICV",
      "float_voltage_V",
      "[12] FLV",
      "undervoltage_alarm_V",
      "[13] BUA",
      "overdischarge_voltage_V",
      "[14] BLV",
      "equalize_enable",
      "[15] EQE",
      "equalize_voltage_V",
      "[16] EQV",
      "battery_to_grid_voltage_V",
      "[5] BTG",
      "grid_to_battery_voltage_V",
      "[6] GTB",
      "undervoltage_recovery_V",
      "[34] LVR",
      "recharge_voltage_V",
      "[35] BRC",
      "overvoltage_disconnect_V",
      "[40] HDV",
      "discharge_limit_voltage_V",
      "[41] BDL",
      "grid_discharge_cutoff_soc_pct",
      "[43] GSD",
      "grid_discharge_recovery_soc_pct",
      "[44] GRD",
      "offgrid_discharge_cutoff_soc_pct",
      "[45] OSD",
      "offgrid_discharge_recovery_soc_pct",
      "[46] ORD",
      "bms_communication",
      "[32] BMS",
      "bms_protocol",
      "[33] BDS",
      "split_phase_output",
      "[28] OSP",
    };
    for (int i = 0; i < table.length; i += 2) {
      STACK_WIDE.put(table[i], table[i + 1]);
    }
  }

  private StackSettings() {}

  /** The checks over the units that answered. */
  public static List<Check> check(List<DeviceReport> units) {
    List<Check> out = new ArrayList<>();
    int compared = 0;
    for (Map.Entry<String, String> s : STACK_WIDE.entrySet()) {
      Groups g = Groups.of(units, r -> Lookup.setting(r, s.getKey()));
      if (g.byValue().keySet().equals(java.util.Set.of("unreadable"))) {
        continue;
      }
      compared++;
      if (g.uniform()) {
        continue;
      }
      List<String> odd = g.odd();
      out.add(
          new Check(
              "stack.setting." + s.getKey(),
              s.getValue() + " " + s.getKey() + " equal on every unit",
              String.join(", ", odd),
              Verdict.FAIL,
              g.evidence(s.getValue() + " = "),
              "Set "
                  + s.getValue()
                  + " on "
                  + String.join(", ", odd)
                  + " to "
                  + g.majority()
                  + " like the other units: units in parallel share one output and one battery,"
                  + " so output, battery and charge settings must be identical."));
    }
    if (out.isEmpty()) {
      out.add(
          Check.pass(
              "stack.settings",
              "Stack-wide settings equal on every unit",
              "stack",
              List.of(compared + " settings compared on " + units.size() + " units, all equal")));
    }
    return out;
  }
}
