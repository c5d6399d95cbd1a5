package io.solargw.gateway.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.solargw.gateway.bus.BusCounters;
import io.solargw.gateway.poll.Availability;
import io.solargw.gateway.poll.DeviceReport;
import io.solargw.gateway.stack.BusCycleStats;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpStatusServerTest {

  static final Instant NOW = Instant.parse("2026-06-21T12:00:00Z");
  static final long SECOND = 1_000_000_000L;
  static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  final AtomicLong nanos = new AtomicLong(1000 * SECOND);
  volatile List<BusView> buses = List.of();
  volatile Map<String, DeviceReport> reports = Map.of();
  HttpStatusServer server;
  URI base;

  @BeforeEach
  void start() throws IOException {
    StatusSources sources =
        new StatusSources(
            () -> reports,
            () -> buses,
            Optional.of(new FixedMqtt()),
            3,
            Clock.fixed(NOW, ZoneOffset.UTC),
            nanos::get);
    server = new HttpStatusServer(RouteTable.standard(sources));
    InetSocketAddress bound = server.start(HttpStatusServer.loopback(0));
    assertThat(bound.getAddress().isLoopbackAddress()).isTrue();
    base = URI.create("http://127.0.0.1:" + bound.getPort());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void healthIs200WhenEveryBusAnsweredWithinThreeIntervals() throws Exception {
    buses = List.of(bus("inverter", 2), bus("bms", 15));
    HttpResponse<String> r = get("/health");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("content-type")).contains(HttpReply.JSON);
    Map<String, Object> body = json(r);
    assertThat(body).containsEntry("status", "ok").containsEntry("checked_at", NOW.toString());
    Map<String, Object> bms = entry(body, "buses", 1);
    assertThat(bms)
        .containsEntry("bus", "bms")
        .containsEntry("status", "ok")
        .containsEntry("link_up", true)
        .containsEntry("poll_interval_s", new BigDecimal("5.000"))
        .containsEntry("threshold_s", new BigDecimal("15.000"))
        .containsEntry("last_success", "2026-06-21T11:59:45Z")
        .containsEntry("last_success_age_s", new BigDecimal("15.000"))
        .doesNotContainKey("failing_since");
  }

  @Test
  void healthIs503AndSaysWhichBusFailsSinceWhen() throws Exception {
    buses = List.of(bus("inverter", 2), bus("bms", 40));
    HttpResponse<String> r = get("/health");
    assertThat(r.statusCode()).isEqualTo(503);
    Map<String, Object> body = json(r);
    assertThat(body).containsEntry("status", "failing");
    assertThat(entry(body, "buses", 0)).containsEntry("status", "ok");
    assertThat(entry(body, "buses", 1))
        .containsEntry("status", "failing")
        .containsEntry("last_success", "2026-06-21T11:59:20Z")
        .containsEntry("failing_since", "2026-06-21T11:59:35Z");
  }

  @Test
  void aBusThatNeverAnsweredIsStartingThenFailing() throws Exception {
    buses = List.of(never("can"));
    HttpResponse<String> r = get("/health");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(entry(json(r), "buses", 0))
        .containsEntry("status", "starting")
        .containsEntry("last_success", null);
    nanos.addAndGet(16 * SECOND);
    r = get("/health");
    assertThat(r.statusCode()).isEqualTo(503);
    assertThat(entry(json(r), "buses", 0))
        .containsEntry("status", "failing")
        .containsEntry("failing_since", "2026-06-21T11:59:59Z");
  }

  @Test
  void metricsParseAsPrometheusTextWithEveryFamily() throws Exception {
    buses = List.of(bus("inverter", 2));
    reports = Map.of("inverter-1", report("inverter-1", Availability.STALE));
    HttpResponse<String> r = get("/metrics");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("content-type"))
        .contains("text/plain; version=0.0.4; charset=utf-8");
    List<PrometheusLint.Sample> samples = PrometheusLint.parse(r.body());
    assertThat(value(samples, "solar_gateway_bus_transactions_total", "bus", "inverter"))
        .isEqualTo("120");
    assertThat(value(samples, "solar_gateway_bus_errors_total", "bus", "inverter", "reason", "CRC"))
        .isEqualTo("3");
    assertThat(value(samples, "solar_gateway_bus_cycle_seconds", "bus", "inverter"))
        .isEqualTo("1.250");
    assertThat(value(samples, "solar_gateway_bus_healthy", "bus", "inverter")).isEqualTo("1");
    assertThat(value(samples, "solar_gateway_device_available", "device", "inverter-1"))
        .isEqualTo("1");
    assertThat(value(samples, "solar_gateway_device_stale", "device", "inverter-1")).isEqualTo("1");
    assertThat(value(samples, "solar_gateway_mqtt_connected")).isEqualTo("1");
    assertThat(value(samples, "solar_gateway_mqtt_dropped_total")).isEqualTo("2");
    assertThat(samples)
        .extracting(PrometheusLint.Sample::name)
        .contains(
            "solar_gateway_uptime_seconds",
            "solar_gateway_jvm_heap_used_bytes",
            "solar_gateway_bus_bytes_sent_total",
            "solar_gateway_bus_bytes_received_total",
            "solar_gateway_bus_timeouts_total",
            "solar_gateway_bus_retries_total",
            "solar_gateway_mqtt_publishes_total",
            "solar_gateway_mqtt_reconnects_total");
  }

  @Test
  void metricLabelValuesAreEscaped() throws Exception {
    String odd = "dev\"ice\\1\n";
    reports = Map.of(odd, report(odd, Availability.OFFLINE));
    List<PrometheusLint.Sample> samples = PrometheusLint.parse(get("/metrics").body());
    assertThat(value(samples, "solar_gateway_device_available", "device", odd)).isEqualTo("0");
  }

  @Test
  void stateRoundTripsEveryReport() throws Exception {
    Map<String, DeviceReport> all = new LinkedHashMap<>();
    all.put("inverter-1", report("inverter-1", Availability.ONLINE));
    all.put("battery", report("battery", Availability.OFFLINE));
    reports = all;
    HttpResponse<String> r = get("/api/state");
    assertThat(r.statusCode()).isEqualTo(200);
    Map<String, Object> body = json(r);
    assertThat(body).containsEntry("generated_at", NOW.toString());
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> devices =
        (Map<String, Map<String, Object>>) body.get("devices");
    assertThat(devices.keySet()).containsExactly("inverter-1", "battery");
    assertThat(devices.get("battery"))
        .containsEntry("availability", "offline")
        .containsEntry("at", "2026-06-21T11:59:58Z")
        .containsEntry("problem", "timeout");
    assertThat(devices.get("inverter-1")).containsEntry("problem", null);
    assertThat(devices.get("inverter-1").get("values")).isEqualTo(all.get("inverter-1").values());
  }

  @Test
  void unknownPathsAre404AndOtherMethods405() throws Exception {
    HttpResponse<String> missing = get("/nope?x=1");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(json(missing))
        .containsEntry("path", "/nope")
        .containsEntry("routes", List.of("/health", "/metrics", "/api/state"));
    HttpResponse<String> post =
        CLIENT.send(
            HttpRequest.newBuilder(base.resolve("/health"))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(post.headers().firstValue("allow")).contains("GET");
    assertThat(json(post)).containsEntry("error", "method not allowed");
    assertThat(get("/health?verbose=1").statusCode()).isEqualTo(200);
  }

  @Test
  void aPortInUseIsOneLineNamingThePort() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        HttpStatusServer second = new HttpStatusServer(RouteTable.empty())) {
      int port = taken.getLocalPort();
      assertThatThrownBy(() -> second.start(HttpStatusServer.loopback(port)))
          .isInstanceOf(BindException.class)
          .hasMessage("HTTP status server: port " + port + " on 127.0.0.1 is already in use");
    }
  }

  @Test
  void startingTwiceIsMisuse() {
    assertThatThrownBy(() -> server.start(HttpStatusServer.loopback(0)))
        .isInstanceOf(IllegalStateException.class);
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return CLIENT.send(
        HttpRequest.newBuilder(base.resolve(path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> json(HttpResponse<String> r) throws IOException {
    return JSON.readValue(r.body(), Map.class);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> entry(Map<String, Object> body, String list, int i) {
    return ((List<Map<String, Object>>) body.get(list)).get(i);
  }

  private static String value(List<PrometheusLint.Sample> samples, String name, String... labels) {
    Map<String, String> want = new LinkedHashMap<>();
    for (int i = 0; i < labels.length; i += 2) {
      want.put(labels[i], labels[i + 1]);
    }
    return samples.stream()
        .filter(s -> s.name().equals(name) && s.labels().equals(want))
        .map(PrometheusLint.Sample::value)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no sample " + name + want));
  }

  private BusView bus(String name, int secondsAgo) {
    BusCounters.Snapshot c =
        new BusCounters.Snapshot(120, 960, 14_000, 2, 5, 0, 1, 30 * SECOND, Map.of("CRC", 3L));
    BusCycleStats cycle = BusCycleStats.between(name, c, c, Duration.ofMillis(1250));
    return new BusView(
        name,
        Duration.ofSeconds(5),
        true,
        OptionalLong.of(nanos.get() - secondsAgo * SECOND),
        c,
        Optional.of(cycle));
  }

  private static BusView never(String name) {
    return new BusView(
        name,
        Duration.ofSeconds(5),
        false,
        OptionalLong.empty(),
        new BusCounters.Snapshot(0, 0, 0, 0, 0, 0, 0, 0, Map.of()),
        Optional.empty());
  }

  private static DeviceReport report(String id, Availability availability) {
    Map<String, Object> points = new LinkedHashMap<>();
    points.put("pv_power_W", 1200);
    points.put("battery_voltage_V", new BigDecimal("53.2"));
    points.put("charge_state_text", "MPPT");
    points.put("grid_voltage_V", null);
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("points", points);
    values.put("codes", List.of(Map.of("code", 1, "active", true)));
    return new DeviceReport(
        id,
        availability,
        NOW.minusSeconds(2),
        values,
        availability == Availability.ONLINE ? Optional.empty() : Optional.of("timeout"));
  }

  private static final class FixedMqtt implements MqttMetrics {
    @Override
    public boolean connected() {
      return true;
    }

    @Override
    public long publishes() {
      return 1234;
    }

    @Override
    public long dropped() {
      return 2;
    }

    @Override
    public long reconnects() {
      return 1;
    }
  }
}
