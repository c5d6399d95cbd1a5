package io.solargw.gateway.http.live;

import io.solargw.gateway.bus.BusCounters;
import io.solargw.gateway.http.BusView;
import io.solargw.gateway.http.StatusSources;
import io.solargw.gateway.poll.Availability;
import io.solargw.gateway.poll.DeviceReport;
import io.solargw.gateway.stack.BusCycleStats;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** Hand-made reports and buses in the shapes the gateway produces, for the live page's tests. */
final class LiveFixture {

  static final Instant NOW = Instant.parse("2026-06-21T12:00:00Z");
  static final long SECOND = 1_000_000_000L;

  volatile Map<String, DeviceReport> reports = new LinkedHashMap<>();
  volatile List<BusView> buses = List.of();
  final long nanos = 1000 * SECOND;

  StatusSources sources() {
    return new StatusSources(
        () -> reports,
        () -> buses,
        Optional.empty(),
        3,
        Clock.fixed(NOW, ZoneOffset.UTC),
        System::nanoTime);
  }

  LiveFixture put(DeviceReport r) {
    Map<String, DeviceReport> copy = new LinkedHashMap<>(reports);
    copy.put(r.deviceId(), r);
    reports = copy;
    return this;
  }

  static DeviceReport inverter(int address, int pvWatts, Map<String, Object> code) {
    Map<String, Object> points = new LinkedHashMap<>();
    points.put("pv_power_W", pvWatts);
    points.put("battery_power_W", new BigDecimal("-450.5"));
    points.put("battery_soc_pct", 81);
    points.put("grid_active_power_W", 0);
    points.put("load_active_power_W", 900);
    points.put("machine_state_text", "inverter");
    points.put("fault_bits", "0x0000"); // not drawn: left out of the payload
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("points", points);
    values.put("settings", Map.of("parallel_mode", "PAL"));
    values.put("codes", code == null ? List.of() : List.of(code));
    return new DeviceReport(
        "inverter-" + address, Availability.ONLINE, NOW, values, Optional.empty());
  }

  static Map<String, Object> code(int number, String kind, String text, String help) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("number", number);
    c.put("kind", kind);
    c.put("text", text);
    c.put("troubleshooting", help);
    c.put("source", "fault_codes"); // not drawn
    return c;
  }

  static DeviceReport pack(int address, int firstCell, List<Map<String, Object>> protections) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("pack_address", address);
    List<Integer> cells = new java.util.ArrayList<>(java.util.Collections.nCopies(16, 3310));
    cells.set(0, firstCell);
    v.put("cells_mV", cells);
    v.put("temperatures_C", List.of(new BigDecimal("25.1"), new BigDecimal("31.0")));
    v.put("soc_pct", new BigDecimal("80.5"));
    v.put("extension_hex", "00"); // not drawn
    Map<String, Object> alarm = new LinkedHashMap<>();
    alarm.put("protections", protections);
    alarm.put("alarms", List.of());
    alarm.put("faults", List.of());
    alarm.put("status", List.of("charging"));
    alarm.put("balancing_cells", List.of(1));
    v.put("alarm", alarm);
    return new DeviceReport("pack-" + address, Availability.ONLINE, NOW, v, Optional.empty());
  }

  BusView bus(String name, Map<String, Long> errors) {
    BusCounters.Snapshot c = new BusCounters.Snapshot(120, 960, 14_000, 2, 5, 0, 1, 0, errors);
    BusCounters.Snapshot zero = new BusCounters.Snapshot(100, 0, 0, 1, 0, 0, 0, 0, Map.of());
    return new BusView(
        name,
        Duration.ofSeconds(5),
        true,
        OptionalLong.of(System.nanoTime() - 2 * SECOND),
        c,
        Optional.of(BusCycleStats.between(name, zero, c, Duration.ofMillis(1250))));
  }
}
