package io.solargw.gateway.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.solargw.gateway.can.CanCounters;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * CAN sources on /health and /metrics: healthy while frames keep coming, 503 once one stays silent
 * longer than its silence limit (or never sent anything past the start grace), and per source its
 * frames, decode errors and skipped lines by reason, link failures and last frame age.
 */
class CanStatusTest {

  private static final long SECOND = HttpStatusServerTest.SECOND;

  private final AtomicLong nanos = new AtomicLong(1000 * SECOND);
  private volatile List<CanView> can = List.of();
  private HttpStatusServer server;
  private URI base;

  @BeforeEach
  void start() throws IOException {
    StatusSources sources =
        new StatusSources(
            Map::of,
            List::of,
            () -> can,
            Optional.empty(),
            3,
            Clock.fixed(HttpStatusServerTest.NOW, ZoneOffset.UTC),
            nanos::get);
    server = new HttpStatusServer(RouteTable.standard(sources));
    InetSocketAddress bound = server.start(HttpStatusServer.loopback(0));
    base = URI.create("http://127.0.0.1:" + bound.getPort());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aSourceSendingFramesIsHealthy() throws Exception {
    can = List.of(source("battery-can", OptionalLong.of(nanos.get() - 2 * SECOND)));
    HttpResponse<String> r = get("/health");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(canEntry(r))
        .containsEntry("bus", "battery-can")
        .containsEntry("status", "ok")
        .containsEntry("link_up", true)
        .containsEntry("silence_limit_s", new BigDecimal("6.000"))
        .containsEntry("frames", 4200)
        .containsEntry("last_frame", "2026-06-21T11:59:58Z")
        .containsEntry("last_frame_age_s", new BigDecimal("2.000"))
        .doesNotContainKey("failing_since");
  }

  @Test
  void aSilentSourceFailsHealthSinceItsSilenceLimit() throws Exception {
    can = List.of(source("battery-can", OptionalLong.of(nanos.get() - 10 * SECOND)));
    HttpResponse<String> r = get("/health");
    assertThat(r.statusCode()).isEqualTo(503);
    assertThat(HttpStatusServerTest.JSON.readValue(r.body(), Map.class))
        .containsEntry("status", "failing");
    assertThat(canEntry(r))
        .containsEntry("status", "failing")
        .containsEntry("failing_since", "2026-06-21T11:59:56Z");
  }

  @Test
  void aSourceThatNeverSentIsStartingThenFailing() throws Exception {
    can = List.of(source("battery-can", OptionalLong.empty()));
    assertThat(get("/health").statusCode()).isEqualTo(200);
    assertThat(canEntry(get("/health"))).containsEntry("status", "starting");
    nanos.addAndGet(7 * SECOND);
    assertThat(get("/health").statusCode()).isEqualTo(503);
  }

  @Test
  void metricsHaveEveryCanFamilyAndLint() throws Exception {
    can =
        List.of(
            source("battery-can", OptionalLong.of(nanos.get() - 1500_000_000L)),
            source("spare", OptionalLong.of(nanos.get() - 60 * SECOND)));
    List<PrometheusLint.Sample> samples = PrometheusLint.parse(get("/metrics").body());
    assertThat(value(samples, "solar_gateway_can_frames_total", "battery-can")).isEqualTo("4200");
    assertThat(value(samples, "solar_gateway_can_healthy", "battery-can")).isEqualTo("1");
    assertThat(value(samples, "solar_gateway_can_healthy", "spare")).isEqualTo("0");
    assertThat(value(samples, "solar_gateway_can_last_frame_age_seconds", "battery-can"))
        .isEqualTo("1.500");
    assertThat(value(samples, "solar_gateway_can_link_failures_total", "battery-can"))
        .isEqualTo("2");
    assertThat(value(samples, "solar_gateway_can_unknown_ids", "battery-can")).isEqualTo("1");
    assertThat(samples)
        .anySatisfy(
            s -> {
              assertThat(s.name()).isEqualTo("solar_gateway_can_decode_errors_total");
              assertThat(s.labels())
                  .containsEntry("bus", "spare")
                  .containsEntry("reason", "LENGTH");
              assertThat(s.value()).isEqualTo("3");
            })
        .anySatisfy(
            s -> {
              assertThat(s.name()).isEqualTo("solar_gateway_can_bad_lines_total");
              assertThat(s.labels()).containsEntry("reason", "SYNTAX");
              assertThat(s.value()).isEqualTo("5");
            });
  }

  private static CanView source(String bus, OptionalLong lastFrame) {
    CanCounters counters = new CanCounters();
    for (int i = 0; i < 4200; i++) {
      counters.countFrame("0x351");
    }
    counters.countUnknownId("0x7FF");
    for (int i = 0; i < 3; i++) {
      counters.countDecodeError("LENGTH");
    }
    for (int i = 0; i < 5; i++) {
      counters.countBadLine("SYNTAX");
    }
    counters.countLinkFailure();
    counters.countLinkFailure();
    return new CanView(bus, Duration.ofSeconds(6), true, lastFrame, counters.snapshot());
  }

  private static String value(List<PrometheusLint.Sample> samples, String name, String bus) {
    return samples.stream()
        .filter(s -> s.name().equals(name) && s.labels().equals(Map.of("bus", bus)))
        .map(PrometheusLint.Sample::value)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no sample " + name + " for " + bus));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> canEntry(HttpResponse<String> r) throws IOException {
    Map<String, Object> body = HttpStatusServerTest.JSON.readValue(r.body(), Map.class);
    return ((List<Map<String, Object>>) body.get("can_buses")).get(0);
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HttpStatusServerTest.CLIENT.send(
        HttpRequest.newBuilder(base.resolve(path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
