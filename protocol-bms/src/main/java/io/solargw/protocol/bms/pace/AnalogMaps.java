package io.solargw.protocol.bms.pace;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** JSON tree of one {@link PackAnalog} (field names as in the vectors file; units as suffixes). */
final class AnalogMaps {

  private AnalogMaps() {}

  static Map<String, Object> pack(PackAnalog p) {
    AnalogBlock b = p.block();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("pack_address", p.packAddress());
    m.put("present", p.present());
    m.put("cell_count", b.cellMillivolts().size());
    if (!p.present()) {
      return m;
    }
    m.put("cells_mV", b.cellMillivolts());
    m.put("temperature_count", b.temperatureTenthsKelvin().size());
    List<Object> temps = new ArrayList<>();
    for (Optional<BigDecimal> t : p.temperaturesCelsius()) {
      temps.add(t.orElse(null));
    }
    m.put("temperatures_C", temps);
    m.put("current_A", p.currentAmperes());
    m.put("voltage_V", p.voltageVolts());
    m.put("remaining_Ah", p.remainingAmpHours());
    m.put("full_Ah", p.fullAmpHours());
    p.designAmpHours().ifPresent(d -> m.put("design_Ah", d));
    m.put("cycles", b.cycles());
    p.soc().ifPresent(s -> percentage(m, "soc", s));
    p.soh().ifPresent(s -> percentage(m, "soh", s));
    p.portVoltageVolts().ifPresent(v -> m.put("port_voltage_V", v));
    p.portCurrentAmperes().ifPresent(v -> m.put("port_current_A", v));
    p.summaryRemainingAmpHours().ifPresent(v -> m.put("summary_remaining_Ah", v));
    p.summaryFullAmpHours().ifPresent(v -> m.put("summary_full_Ah", v));
    m.put("user_items", b.userItems());
    m.put("cell_min_mV", p.cellMinMillivolts());
    m.put("cell_max_mV", p.cellMaxMillivolts());
    m.put("cell_delta_mV", p.cellMaxMillivolts() - p.cellMinMillivolts());
    m.put("cell_avg_mV", p.cellAverageMillivolts());
    m.put("cell_min_index", p.cellMinIndex());
    m.put("cell_max_index", p.cellMaxIndex());
    String ext = p.extensionHex();
    if (!ext.isEmpty()) {
      m.put("extension_hex", ext);
    }
    return m;
  }

  private static void percentage(Map<String, Object> m, String name, PackAnalog.Percentage p) {
    m.put(name + "_pct", p.percent());
    m.put(name + "_source", p.reported() ? "reported" : "derived");
  }
}
