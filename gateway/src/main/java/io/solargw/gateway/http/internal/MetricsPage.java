package io.solargw.gateway.http.internal;

import io.solargw.gateway.bus.BusCounters;
import io.solargw.gateway.http.HttpReply;
import io.solargw.gateway.http.MqttMetrics;
import io.solargw.gateway.http.StatusSources;
import io.solargw.gateway.poll.Availability;
import io.solargw.gateway.poll.DeviceReport;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * {@code GET /metrics}: process, bus, CAN source, device and MQTT metrics in Prometheus text
 * format. Every name starts with {@code solar_gateway_}; labels are {@code bus}, {@code device},
 * {@code reason}.
 */
public final class MetricsPage {

  private static final String P = "solar_gateway_";
  private static final String GAUGE = "gauge";
  private static final String COUNTER = "counter";

  private final StatusSources sources;
  private final HealthPage health;
  private final PrometheusText out = new PrometheusText();

  /** A page over {@code sources}, judging bus health with {@code health}. */
  public MetricsPage(StatusSources sources, HealthPage health) {
    this.sources = sources;
    this.health = health;
  }

  /** The /metrics reply. */
  public HttpReply reply() {
    process();
    List<BusHealth> buses = health.judgeAll();
    busState(buses);
    busCounters(buses);
    new CanMetrics(out).write(health.judgeCan());
    devices(sources.reports().get());
    sources.mqtt().ifPresent(this::mqtt);
    return new HttpReply(200, PrometheusText.CONTENT_TYPE, out.text(), Map.of());
  }

  private void process() {
    long uptimeMillis = ManagementFactory.getRuntimeMXBean().getUptime();
    single("uptime_seconds", GAUGE, "Seconds since the process started.", seconds(uptimeMillis));
    long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    single("jvm_heap_used_bytes", GAUGE, "JVM heap memory in use.", heap);
  }

  private void busState(List<BusHealth> buses) {
    perBus(
        buses,
        "bus_healthy",
        GAUGE,
        "1 while the bus answered within the health threshold.",
        b -> Optional.of(b.healthy() ? 1 : 0));
    perBus(
        buses,
        "bus_link_up",
        GAUGE,
        "1 while the bus's port or connection is open.",
        b -> Optional.of(b.view().linkUp() ? 1 : 0));
    perBus(
        buses,
        "bus_last_success_age_seconds",
        GAUGE,
        "Seconds since a device on the bus last answered.",
        b -> b.age().map(BusHealth::seconds));
    perBus(
        buses,
        "bus_cycle_seconds",
        GAUGE,
        "Duration of the bus's last completed cycle.",
        b -> b.view().lastCycle().map(c -> BusHealth.seconds(c.duration())));
  }

  private void busCounters(List<BusHealth> buses) {
    count(buses, "transactions", "Requests sent on the bus.", BusCounters.Snapshot::transactions);
    count(buses, "bytes_sent", "Bytes written to the bus.", BusCounters.Snapshot::bytesOut);
    count(buses, "bytes_received", "Bytes read from the bus.", BusCounters.Snapshot::bytesIn);
    count(
        buses,
        "timeouts",
        "Transactions without a complete answer.",
        BusCounters.Snapshot::timeouts);
    count(buses, "retries", "Retried transactions.", BusCounters.Snapshot::retries);
    count(
        buses,
        "skipped_bytes",
        "Noise bytes skipped before frames.",
        BusCounters.Snapshot::skippedBytes);
    count(buses, "link_failures", "Times the link broke.", BusCounters.Snapshot::linkFailures);
    perBus(
        buses,
        "bus_busy_seconds_total",
        COUNTER,
        "Seconds spent inside transactions.",
        b -> Optional.of(BusHealth.seconds(Duration.ofNanos(b.view().counters().busyNanos()))));
    String errors = P + "bus_errors_total";
    out.family(errors, COUNTER, "Frames rejected by their decoder, by reason (CRC, CHECKSUM...).");
    for (BusHealth b : buses) {
      b.view().counters().errorsByReason().entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(
              e -> out.sample(errors, e.getValue(), "bus", b.view().bus(), "reason", e.getKey()));
    }
  }

  private void devices(Map<String, DeviceReport> reports) {
    perDevice(
        reports,
        "device_available",
        "1 unless the device is offline.",
        r -> r.availability() == Availability.OFFLINE ? 0 : 1);
    perDevice(
        reports,
        "device_stale",
        "1 while the device misses cycles but is not offline yet.",
        r -> r.availability() == Availability.STALE ? 1 : 0);
    Instant now = sources.clock().instant();
    perDevice(
        reports,
        "device_report_age_seconds",
        "Seconds since the device's latest report.",
        r -> BusHealth.seconds(Duration.between(r.at(), now)));
  }

  private void mqtt(MqttMetrics m) {
    single("mqtt_connected", GAUGE, "1 while connected to the MQTT broker.", m.connected() ? 1 : 0);
    single("mqtt_publishes_total", COUNTER, "Messages handed to the broker.", m.publishes());
    single(
        "mqtt_dropped_total", COUNTER, "Messages given up while the broker was away.", m.dropped());
    single("mqtt_reconnects_total", COUNTER, "Reconnections to the broker.", m.reconnects());
  }

  private void single(String name, String type, String help, Number value) {
    out.family(P + name, type, help).sample(P + name, value);
  }

  private void perBus(
      List<BusHealth> buses,
      String name,
      String type,
      String help,
      Function<BusHealth, Optional<? extends Number>> value) {
    out.family(P + name, type, help);
    buses.forEach(
        b -> value.apply(b).ifPresent(v -> out.sample(P + name, v, "bus", b.view().bus())));
  }

  private void count(
      List<BusHealth> buses, String what, String help, ToLongFunction<BusCounters.Snapshot> value) {
    perBus(
        buses,
        "bus_" + what + "_total",
        COUNTER,
        help,
        b -> Optional.of(value.applyAsLong(b.view().counters())));
  }

  private void perDevice(
      Map<String, DeviceReport> reports,
      String name,
      String help,
      Function<DeviceReport, Number> value) {
    out.family(P + name, GAUGE, help);
    reports.forEach((id, r) -> out.sample(P + name, value.apply(r), "device", id));
  }

  private static BigDecimal seconds(long millis) {
    return BigDecimal.valueOf(millis, 3);
  }
}
