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
import java.util.function.ToLongFunction;

/** {@code GET /metrics}: process, bus, device and MQTT metrics in Prometheus text format. */
public final class MetricsPage {

  private static final String P = "solar_gateway_";

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
    buses(health.judgeAll());
    devices(sources.reports().get());
    sources.mqtt().ifPresent(this::mqtt);
    return new HttpReply(200, PrometheusText.CONTENT_TYPE, out.text(), Map.of());
  }

  private void process() {
    gauge("uptime_seconds", "Seconds since the gateway process started.");
    out.sample(P + "uptime_seconds", millis(ManagementFactory.getRuntimeMXBean().getUptime()));
    gauge("jvm_heap_used_bytes", "JVM heap memory in use.");
    out.sample(
        P + "jvm_heap_used_bytes",
        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
  }

  private void buses(List<BusHealth> buses) {
    gauge("bus_healthy", "1 while the bus answered within the health threshold, else 0.");
    buses.forEach(b -> out.sample(P + "bus_healthy", b.healthy() ? 1 : 0, "bus", b.view().bus()));
    gauge("bus_link_up", "1 while the bus's port or connection is open, else 0.");
    buses.forEach(b -> out.sample(P + "bus_link_up", b.view().linkUp() ? 1 : 0, "bus", name(b)));
    gauge("bus_last_success_age_seconds", "Seconds since a device on the bus last answered.");
    buses.forEach(
        b ->
            b.age()
                .ifPresent(
                    a -> out.sample(P + "bus_last_success_age_seconds", sec(a), "bus", name(b))));
    gauge("bus_cycle_seconds", "Duration of the bus's last completed polling cycle.");
    buses.forEach(
        b ->
            b.view()
                .lastCycle()
                .ifPresent(
                    c -> out.sample(P + "bus_cycle_seconds", sec(c.duration()), "bus", name(b))));
    counter(buses, "transactions", "Requests sent on the bus.", BusCounters.Snapshot::transactions);
    counter(buses, "bytes_sent", "Bytes written to the bus.", BusCounters.Snapshot::bytesOut);
    counter(buses, "bytes_received", "Bytes read from the bus.", BusCounters.Snapshot::bytesIn);
    counter(
        buses,
        "timeouts",
        "Transactions without a complete answer.",
        BusCounters.Snapshot::timeouts);
    counter(buses, "retries", "Retried transactions.", BusCounters.Snapshot::retries);
    counter(
        buses,
        "skipped_bytes",
        "Noise bytes skipped before frames.",
        BusCounters.Snapshot::skippedBytes);
    counter(buses, "link_failures", "Times the link broke.", BusCounters.Snapshot::linkFailures);
    String busy = P + "bus_busy_seconds_total";
    out.family(busy, "counter", "Seconds spent inside transactions.");
    buses.forEach(
        b ->
            out.sample(
                busy, sec(Duration.ofNanos(b.view().counters().busyNanos())), "bus", name(b)));
    String errors = P + "bus_errors_total";
    out.family(
        errors, "counter", "Frames rejected by their decoder, by reason (CRC, CHECKSUM...).");
    for (BusHealth b : buses) {
      b.view().counters().errorsByReason().entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(e -> out.sample(errors, e.getValue(), "bus", name(b), "reason", e.getKey()));
    }
  }

  private void devices(Map<String, DeviceReport> reports) {
    gauge("device_available", "1 unless the device is offline (missed too many cycles), else 0.");
    reports.forEach(
        (id, r) ->
            out.sample(
                P + "device_available",
                r.availability() == Availability.OFFLINE ? 0 : 1,
                "device",
                id));
    gauge("device_stale", "1 while the device missed its last cycles but is not offline yet.");
    reports.forEach(
        (id, r) ->
            out.sample(
                P + "device_stale", r.availability() == Availability.STALE ? 1 : 0, "device", id));
    gauge("device_report_age_seconds", "Seconds since the device's latest report.");
    Instant now = sources.clock().instant();
    reports.forEach(
        (id, r) ->
            out.sample(
                P + "device_report_age_seconds", sec(Duration.between(r.at(), now)), "device", id));
  }

  private void mqtt(MqttMetrics m) {
    gauge("mqtt_connected", "1 while connected to the MQTT broker, else 0.");
    out.sample(P + "mqtt_connected", m.connected() ? 1 : 0);
    out.family(P + "mqtt_publishes_total", "counter", "Messages handed to the broker.");
    out.sample(P + "mqtt_publishes_total", m.publishes());
    out.family(P + "mqtt_dropped_total", "counter", "Messages given up while the broker was away.");
    out.sample(P + "mqtt_dropped_total", m.dropped());
    out.family(P + "mqtt_reconnects_total", "counter", "Reconnections to the broker.");
    out.sample(P + "mqtt_reconnects_total", m.reconnects());
  }

  private void counter(
      List<BusHealth> buses, String what, String help, ToLongFunction<BusCounters.Snapshot> value) {
    String name = P + "bus_" + what + "_total";
    out.family(name, "counter", help);
    buses.forEach(b -> out.sample(name, value.applyAsLong(b.view().counters()), "bus", name(b)));
  }

  private void gauge(String name, String help) {
    out.family(P + name, "gauge", help);
  }

  private static String name(BusHealth b) {
    return b.view().bus();
  }

  private static BigDecimal sec(Duration d) {
    return BusHealth.seconds(d);
  }

  private static BigDecimal millis(long ms) {
    return BigDecimal.valueOf(ms, 3);
  }
}
