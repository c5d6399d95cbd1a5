package io.solargw.gateway.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.solargw.config.ConfigLoader;
import io.solargw.config.GatewayConfig;
import io.solargw.gateway.poll.Availability;
import io.solargw.gateway.poll.DeviceReport;
import io.solargw.sim.Simulation;
import io.solargw.sim.SimulationOptions;
import io.solargw.sim.wire.PtyBridge;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CAN bus in the runtime: the simulator's SLCAN adapter reached through a socat pty (as a USB
 * SLCAN dongle would be), its Pylontech frames reported as {@code battery-can} and folded into the
 * rack aggregate.
 */
class CanBusRuntimeIT {

  @TempDir Path data;

  @Test
  void theRackSummaryFromCanReachesTheRegistry() throws Exception {
    InetSocketAddress any = new InetSocketAddress("127.0.0.1", 0);
    try (Simulation sim =
            Simulation.start(
                SimulationOptions.builder()
                    .inverters(1)
                    .packs(2)
                    .inverterBind(any)
                    .rackBind(any)
                    .can(any)
                    .build());
        PtyBridge pty = new PtyBridge(data.resolve("ttyCAN"), sim.can().orElseThrow())) {
      pty.start(Duration.ofSeconds(5));
      String yaml =
          """
          gateway: {id: can}
          persistence: {directory: '%s'}
          mqtt: {enabled: false}
          http: {enabled: false}
          buses:
            - name: battery-can
              protocol: can
              transport: slcan
              port: '%s'
              baud: 115200
          """
              .formatted(data, pty.path());
      GatewayConfig config = ConfigLoader.load(yaml, "can.yaml", data, Map.of()).config();
      try (GatewayRuntime runtime = new GatewayRuntime(config, Clock.systemUTC())) {
        runtime.start();
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () ->
                    runtime
                            .registry()
                            .get("battery-can")
                            .map(DeviceReport::availability)
                            .orElse(null)
                        == Availability.ONLINE);
        Map<String, Object> can = runtime.registry().get("battery-can").orElseThrow().values();
        assertThat(can).containsKeys("soc_pct", "voltage_V", "charge_current_limit_A");
        assertThat(((Number) can.get("module_count")).intValue()).isEqualTo(2);
        await()
            .atMost(Duration.ofSeconds(10))
            .until(() -> runtime.registry().get("battery-rack").isPresent());
      }
    }
  }
}
