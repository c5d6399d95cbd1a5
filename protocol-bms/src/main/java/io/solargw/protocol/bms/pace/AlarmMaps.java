package io.solargw.protocol.bms.pace;

import io.solargw.protocol.bms.pace.AlarmFlag.Category;
import io.solargw.protocol.bms.pace.internal.Hex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON tree of one {@link PackAlarm}. Warning lists print the string {@code "all normal"} when
 * every code is 0x00 (the vectors' form), else a list of {@code {cell|sensor, level}} entries for
 * the items that are not normal.
 */
final class AlarmMaps {

  /** The battery manual's "PCB" protection has no documented bit (bms.md §4.3.5). */
  static final String PCB_NOT_AVAILABLE = "not available from this protocol";

  private AlarmMaps() {}

  static Map<String, Object> pack(PackAlarm p) {
    AlarmBlock b = p.block();
    boolean pace = p.dialect() == Dialect.PACE;
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("pack_address", p.packAddress());
    m.put("cell_count", b.cellCodes().size());
    m.put("cell_warnings", warnings(b.cellCodes(), "cell"));
    m.put("temperature_count", b.temperatureCodes().size());
    m.put("temperature_warnings", warnings(b.temperatureCodes(), "sensor"));
    m.put("charge_current_warning", WarningLevel.describe(b.chargeCurrentCode()));
    m.put(
        pace ? "total_voltage_warning" : "module_voltage_warning",
        WarningLevel.describe(b.voltageCode()));
    m.put("discharge_current_warning", WarningLevel.describe(b.dischargeCurrentCode()));
    m.put("protections", flags(p, Category.PROTECTION));
    m.put("alarms", flags(p, Category.ALARM));
    m.put("faults", flags(p, Category.FAULT));
    m.put("status", p.flags(Category.STATUS).stream().map(AlarmFlag::description).toList());
    if (pace) {
      m.put("pcb_protection", PCB_NOT_AVAILABLE);
      m.put("balancing_cells", p.balancingCells());
      m.put("protect_state_1", Hex.byteText(b.state(0)));
      m.put("protect_state_2", Hex.byteText(b.state(1)));
      m.put("instruction_state", Hex.byteText(b.state(2)));
      m.put("control_state", Hex.byteText(b.state(3)));
      m.put("controls", p.controlState().toMap());
      m.put("fault_state", Hex.byteText(b.state(4)));
      m.put("balance_state_1", Hex.byteText(b.state(5)));
      m.put("balance_state_2", Hex.byteText(b.state(6)));
      m.put("warn_state_1", Hex.byteText(b.state(7)));
      m.put("warn_state_2", Hex.byteText(b.state(8)));
    } else {
      m.put("cell_errors", p.cellErrors());
      for (int i = 0; i < 5; i++) {
        m.put("status_" + (i + 1), Hex.byteText(b.state(i)));
      }
    }
    m.put("extra_trailing_bytes", b.extra().length);
    if (pace) {
      String[] names = {"fault_state_8", "indication_state_9", null, null, "fault_state_10"};
      for (int i = 0; i < names.length; i++) {
        int index = i;
        b.extraByte(i)
            .ifPresent(
                v -> {
                  if (names[index] != null) {
                    m.put(names[index], Hex.byteText(v));
                  }
                });
      }
      if (b.extra().length >= 4) {
        m.put("active_balancing_cells", p.activeBalancingCells());
      }
    } else if (b.extra().length > 0) {
      m.put("extra_hex", Hex.of(b.extra()));
    }
    return m;
  }

  private static Object warnings(List<Integer> codes, String item) {
    if (codes.stream().allMatch(c -> c == 0)) {
      return "all normal";
    }
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      if (codes.get(i) != 0) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put(item, i + 1);
        e.put("level", WarningLevel.describe(codes.get(i)));
        out.add(e);
      }
    }
    return out;
  }

  private static List<Object> flags(PackAlarm p, Category category) {
    List<Object> out = new ArrayList<>();
    for (AlarmFlag f : p.flags(category)) {
      Map<String, Object> e = new LinkedHashMap<>();
      f.label().ifPresent(l -> e.put("label", l));
      e.put("description", f.description());
      out.add(e);
    }
    return out;
  }
}
