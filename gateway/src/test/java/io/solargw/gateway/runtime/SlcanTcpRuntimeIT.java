package io.solargw.gateway.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.solargw.config.ConfigLoader;
import io.solargw.config.GatewayConfig;
import io.solargw.gateway.poll.Availability;
import io.solargw.gateway.poll.DeviceReport;
import io.solargw.sim.Simulation;
import io.solargw.sim.SimulationOptions;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An SLCAN adapter behind a serial-to-Ethernet box ({@code transport: slcan-tcp}): the simulator's
 * SLCAN server over real TCP. Its frames reach the registry; /health and /metrics show the CAN
 * source (frames, last frame age); when it goes silent /health answers 503 naming it, and when it
 * comes back on the same port the listener reconnects and /health is 200 again.
 */
class SlcanTcpRuntimeIT {

  private static final Pattern FRAMES =
      Pattern.compile("solar_gateway_can_frames_total\\{bus=\"battery-can\"} ([0-9]+)");

  @TempDir Path data;

  private static Simulation rack(InetSocketAddress can) throws Exception {
    InetSocketAddress any = new InetSocketAddress("127.0.0.1", 0);
    return Simulation.start(
        SimulationOptions.builder()
            .inverters(1)
            .packs(2)
            .inverterBind(any)
            .rackBind(any)
            .can(can)
            .build());
  }

  @Test
  void framesOverTcpAndTheSourceInHealthAndMetrics() throws Exception {
    Simulation sim = rack(new InetSocketAddress("127.0.0.1", 0));
    InetSocketAddress server = sim.can().orElseThrow();
    try (GatewayRuntime runtime = new GatewayRuntime(config(server), Clock.systemUTC())) {
      runtime.start();
      await().atMost(Duration.ofSeconds(30)).until(() -> online(runtime));
      assertThat(runtime.registry().get("battery-can").orElseThrow().values())
          .containsKeys("soc_pct", "voltage_V");

      HttpResponse<String> health = RuntimeHttp.get(runtime, "/health");
      assertThat(health.statusCode()).isEqualTo(200);
      Map<String, Object> can = canEntry(health);
      assertThat(can)
          .containsEntry("bus", "battery-can")
          .containsEntry("status", "ok")
          .containsEntry("link_up", true)
          .containsKey("last_frame_age_s");
      assertThat(((Number) can.get("frames")).longValue()).isPositive();
      String metrics = RuntimeHttp.get(runtime, "/metrics").body();
      assertThat(metrics)
          .contains("solar_gateway_can_healthy{bus=\"battery-can\"} 1")
          .contains("solar_gateway_can_link_up{bus=\"battery-can\"} 1")
          .contains("solar_gateway_can_last_frame_age_seconds{bus=\"battery-can\"} ");
      long frames = frames(metrics);
      assertThat(frames).isPositive();

      // The box loses power: the source goes silent, /health fails and says which source.
      sim.close();
      HttpResponse<String> failing =
          await()
              .atMost(Duration.ofSeconds(20))
              .until(() -> RuntimeHttp.get(runtime, "/health"), r -> r.statusCode() == 503);
      assertThat(canEntry(failing))
          .containsEntry("status", "failing")
          .containsEntry("link_up", false)
          .containsKey("failing_since");
      assertThat(RuntimeHttp.get(runtime, "/metrics").body())
          .contains("solar_gateway_can_healthy{bus=\"battery-can\"} 0");

      // It comes back at the same address: the listener reconnects by itself.
      sim = rack(server);
      await()
          .atMost(Duration.ofSeconds(40))
          .until(() -> RuntimeHttp.get(runtime, "/health").statusCode() == 200 && online(runtime));
      assertThat(frames(RuntimeHttp.get(runtime, "/metrics").body())).isGreaterThan(frames);
      assertThat(RuntimeHttp.get(runtime, "/metrics").body())
          .containsPattern("solar_gateway_can_link_failures_total\\{bus=\"battery-can\"} [1-9]");
    } finally {
      sim.close();
    }
  }

  private static boolean online(GatewayRuntime runtime) {
    return runtime.registry().get("battery-can").map(DeviceReport::availability).orElse(null)
        == Availability.ONLINE;
  }

  private static long frames(String metrics) {
    Matcher m = FRAMES.matcher(metrics);
    assertThat(m.find()).as(metrics).isTrue();
    return Long.parseLong(m.group(1));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> canEntry(HttpResponse<String> health) throws Exception {
    Map<String, Object> body = new ObjectMapper().readValue(health.body(), Map.class);
    return ((List<Map<String, Object>>) body.get("can_buses")).get(0);
  }

  private GatewayConfig config(InetSocketAddress can) throws Exception {
    int httpPort = RuntimeHttp.freePort();
    String yaml =
        """
        gateway: {id: slcantcp}
        persistence: {directory: '%s'}
        poll: {fast_s: 1, slow_s: 5, unavailable_after: 2, offline_poll_s: 1}
        mqtt: {enabled: false}
        http: {port: %d}
        buses:
          - name: battery-can
            protocol: can
            transport: slcan-tcp
            port: 127.0.0.1:%d
            timeout_ms: 1500
        """
            .formatted(data, httpPort, can.getPort());
    return ConfigLoader.load(yaml, "slcan-tcp.yaml", data, Map.of()).config();
  }
}
