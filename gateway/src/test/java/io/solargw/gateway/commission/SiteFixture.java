package io.solargw.gateway.commission;

import io.solargw.gateway.poll.Availability;
import io.solargw.gateway.poll.DeviceReport;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Hand-made device reports for the pure checks: a clean site, changed one value at a time. */
final class SiteFixture {

  static final Instant AT = Instant.parse("2026-06-21T11:00:00Z");

  private final Map<Integer, DeviceReport> units = new TreeMap<>();
  private final Map<Integer, PackProbe> packs = new TreeMap<>();
  private int expectedPacks;
  private CanReading can;

  /** {@code n} PAL units (or 3P1..3P3 when {@code threePhase}) and {@code p} clean packs. */
  static SiteFixture clean(int n, boolean threePhase, int p) {
    SiteFixture f = new SiteFixture();
    for (int a = 1; a <= n; a++) {
      f.unit(a, threePhase ? "3P" + ((a - 1) % 3 + 1) : "PAL");
    }
    f.expectedPacks = p;
    for (int a = 1; a <= p; a++) {
      f.pack(a, p);
    }
    return f;
  }

  private void unit(int address, String mode) {
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("output_voltage_V", new BigDecimal("230.0"));
    settings.put("output_frequency_Hz", new BigDecimal("50.0"));
    settings.put("battery_type", "L16");
    settings.put("max_charge_current_A", new BigDecimal("60.0"));
    settings.put("rs485_address", address);
    settings.put("parallel_mode", mode);
    settings.put("bms_communication", "CAN");
    settings.put("bms_protocol", "PYL");
    Map<String, Object> points = new LinkedHashMap<>();
    points.put("app_version", "6.63");
    points.put("bootloader_version", "2.01");
    points.put("serial_number", "SR-" + address);
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("points", points);
    values.put("settings", settings);
    values.put("codes", List.of());
    units.put(
        address,
        new DeviceReport("inverter-" + address, Availability.ONLINE, AT, values, Optional.empty()));
  }

  private void pack(int address, int count) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("pack_address", address);
    v.put("cell_count", 16);
    v.put("cells_mV", new ArrayList<>(java.util.Collections.nCopies(16, 3310)));
    v.put("temperature_count", 6);
    v.put("temperatures_C", new ArrayList<>(List.of(25.0, 25.5, 25.2, 25.1, 30.0, 24.0)));
    v.put("full_Ah", new BigDecimal("100.00"));
    v.put("soc_pct", 80.0);
    v.put("voltage_V", new BigDecimal("52.960"));
    v.put("current_A", new BigDecimal("10.00"));
    Map<String, Object> alarm = new LinkedHashMap<>();
    alarm.put("protections", List.of());
    alarm.put("alarms", List.of());
    alarm.put("faults", List.of());
    v.put("alarm", alarm);
    Map<String, Object> identity = new LinkedHashMap<>();
    identity.put("software_version", "P16S100A-3.10");
    identity.put("pack_count", address == 1 ? count : 1);
    v.put("identity", identity);
    packs.put(address, new PackProbe(address, PackProbe.Answer.ANSWERED, v, Optional.empty()));
  }

  SiteFixture setting(int unit, String name, Object value) {
    return edit(unit, "settings", name, value);
  }

  SiteFixture point(int unit, String name, Object value) {
    return edit(unit, "points", name, value);
  }

  SiteFixture code(int unit, int number, String kind, String text, String help) {
    DeviceReport r = units.get(unit);
    Map<String, Object> values = new LinkedHashMap<>(r.values());
    Map<String, Object> code = new LinkedHashMap<>();
    code.put("number", number);
    code.put("kind", kind);
    code.put("text", text);
    code.put("troubleshooting", help);
    values.put("codes", List.of(code));
    units.put(unit, new DeviceReport(r.deviceId(), r.availability(), AT, values, r.problem()));
    return this;
  }

  SiteFixture silentUnit(int unit) {
    units.put(
        unit,
        new DeviceReport(
            "inverter-" + unit,
            Availability.OFFLINE,
            AT,
            Map.of(),
            Optional.of("timeout, nothing came back")));
    return this;
  }

  SiteFixture packProbe(int address, PackProbe.Answer answer) {
    if (answer == PackProbe.Answer.ANSWERED) {
      pack(address, expectedPacks);
    } else {
      packs.put(address, new PackProbe(address, answer, Map.of(), Optional.of("test")));
    }
    return this;
  }

  @SuppressWarnings("unchecked")
  SiteFixture packValue(int address, String key, Object value) {
    Map<String, Object> v = new LinkedHashMap<>(packs.get(address).values());
    String[] path = key.split("\\.");
    if (path.length == 2) {
      Map<String, Object> sub = new LinkedHashMap<>((Map<String, Object>) v.get(path[0]));
      sub.put(path[1], value);
      v.put(path[0], sub);
    } else {
      v.put(key, value);
    }
    packs.put(address, new PackProbe(address, PackProbe.Answer.ANSWERED, v, Optional.empty()));
    return this;
  }

  @SuppressWarnings("unchecked")
  private SiteFixture edit(int unit, String section, String name, Object value) {
    DeviceReport r = units.get(unit);
    Map<String, Object> values = new LinkedHashMap<>(r.values());
    Map<String, Object> s = new LinkedHashMap<>((Map<String, Object>) values.get(section));
    s.put(name, value);
    values.put(section, s);
    units.put(unit, new DeviceReport(r.deviceId(), r.availability(), AT, values, r.problem()));
    return this;
  }

  /** A CAN side that agrees with the clean rack. */
  SiteFixture can() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("charge_voltage_V", new BigDecimal("56.0"));
    v.put("charge_current_limit_A", new BigDecimal(50 * expectedPacks));
    v.put("discharge_current_limit_A", new BigDecimal(100 * expectedPacks));
    v.put("discharge_voltage_V", new BigDecimal("48.0"));
    v.put("soc_pct", 80);
    v.put("soh_pct", 100);
    v.put("voltage_V", new BigDecimal("52.96"));
    v.put("current_A", new BigDecimal(10 * expectedPacks));
    v.put("temperature_C", new BigDecimal("25.5"));
    v.put("protections", List.of());
    v.put("alarms", List.of());
    v.put("module_count", expectedPacks);
    v.put("charge_enable", true);
    can =
        new CanReading(
            "slcan test",
            v,
            List.of("0x351", "0x355", "0x356", "0x359", "0x35C"),
            12,
            0,
            Optional.empty());
    return this;
  }

  SiteFixture canValue(String key, Object value) {
    Map<String, Object> v = new LinkedHashMap<>(can.values());
    v.put(key, value);
    can = new CanReading(can.source(), v, can.idsSeen(), can.frames(), 0, Optional.empty());
    return this;
  }

  SiteFixture canIds(String... ids) {
    can = new CanReading(can.source(), can.values(), List.of(ids), can.frames(), 0, can.problem());
    return this;
  }

  SiteFixture canSilent() {
    can = new CanReading("slcan test", Map.of(), List.of(), 0, 3, Optional.empty());
    return this;
  }

  SiteReadings build() {
    return new SiteReadings(units, expectedPacks, packs, Optional.ofNullable(can));
  }

  /**
   * The same site as the running gateway reports it: {@code inverter-N} as read, {@code pack-N}
   * online with its analog and alarm blocks (the gateway reads no identity), a silent pack offline.
   */
  Map<String, DeviceReport> gatewayReports() {
    Map<String, DeviceReport> out = new LinkedHashMap<>();
    units.values().forEach(r -> out.put(r.deviceId(), r));
    packs.forEach(
        (a, p) -> {
          Map<String, Object> v = new LinkedHashMap<>(p.values());
          v.remove("identity");
          boolean answered = p.answer() == PackProbe.Answer.ANSWERED;
          out.put(
              "pack-" + a,
              new DeviceReport(
                  "pack-" + a,
                  answered ? Availability.ONLINE : Availability.OFFLINE,
                  AT,
                  v,
                  answered ? Optional.empty() : Optional.of("pack did not answer")));
        });
    return out;
  }

  /** The device id of each inverter address. */
  Map<Integer, String> inverterIds() {
    Map<Integer, String> out = new TreeMap<>();
    units.forEach((a, r) -> out.put(a, r.deviceId()));
    return out;
  }

  int expectedPacks() {
    return expectedPacks;
  }
}
