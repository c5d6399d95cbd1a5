package io.solargw.gateway.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.solargw.config.ConfigLoader;
import io.solargw.config.GatewayConfig;
import io.solargw.gateway.bus.BusCounters;
import io.solargw.gateway.poll.Availability;
import io.solargw.gateway.poll.StateRegistry;
import io.solargw.sim.Simulation;
import io.solargw.sim.SimulationOptions;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The largest stack the gateway supports, 9 inverters and 15 packs, with 5 % of the answers damaged
 * on the wire (flipped bytes, bad checksums, truncated, wrong address, noise, silence): every
 * device still comes online, the damage is counted by reason, and no damaged frame turns into a
 * value (every pack's cells still add up to its voltage, every cell is a LiFePO4 cell voltage).
 */
class FullStackFaultsIT {

  @TempDir Path data;

  @Test
  void nineInvertersAndFifteenPacksThroughAFaultyWire() throws Exception {
    InetSocketAddress any = new InetSocketAddress("127.0.0.1", 0);
    try (Simulation sim =
        Simulation.start(
            SimulationOptions.builder()
                .inverters(9)
                .threePhase(true)
                .packs(15)
                .faults(0.05)
                .seed(11)
                .inverterBind(any)
                .rackBind(any)
                .build())) {
      try (GatewayRuntime runtime =
          new GatewayRuntime(config(sim.inverterBus(), sim.rackBus()), Clock.systemUTC())) {
        StateRegistry reg = runtime.registry();
        java.util.Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        reg.addListener(
            r -> {
              if (r.availability() == Availability.ONLINE) {
                seen.add(r.deviceId());
              }
            });
        runtime.start();
        List<String> ids =
            IntStream.rangeClosed(1, 9)
                .mapToObj(i -> "inverter-" + i)
                .collect(java.util.stream.Collectors.toList());
        IntStream.rangeClosed(1, 15).forEach(i -> ids.add("pack-" + i));
        await()
            .atMost(Duration.ofSeconds(120))
            .until(
                () ->
                    seen.containsAll(
                        ids)); // each device answered; with 5 % damage they need not all at once
        await()
            .atMost(Duration.ofSeconds(60))
            .until(() -> errors(runtime, "inverters") > 0 && errors(runtime, "battery") > 0);
        for (int p = 1; p <= 15; p++) {
          Map<String, Object> v = reg.get("pack-" + p).orElseThrow().values();
          @SuppressWarnings("unchecked")
          List<Number> cells = (List<Number>) v.get("cells_mV");
          assertThat(cells)
              .hasSize(16)
              .allSatisfy(mv -> assertThat(mv.intValue()).isBetween(2500, 3700));
          double sum = cells.stream().mapToDouble(Number::doubleValue).sum() / 1000;
          assertThat(((Number) v.get("voltage_V")).doubleValue())
              .isCloseTo(sum, org.assertj.core.api.Assertions.within(0.5));
        }
      }
    }
  }

  private static long errors(GatewayRuntime runtime, String bus) {
    BusCounters.Snapshot s = runtime.counters().get(bus).snapshot();
    return s.errorsByReason().values().stream().mapToLong(Long::longValue).sum() + s.timeouts();
  }

  private GatewayConfig config(InetSocketAddress inv, InetSocketAddress rack) throws Exception {
    StringBuilder units = new StringBuilder();
    for (int i = 1; i <= 9; i++) {
      units
          .append("      - {address: ")
          .append(i)
          .append(", phase: L")
          .append((i - 1) % 3 + 1)
          .append("}\n");
    }
    String yaml =
        """
        gateway: {id: big}
        persistence: {directory: '%s'}
        poll: {fast_s: 1, slow_s: 10, unavailable_after: 3, offline_poll_s: 1}
        mqtt: {enabled: false}
        http: {enabled: false}
        buses:
          - name: inverters
            protocol: inverter
            transport: tcp
            port: 127.0.0.1:%d
            timeout_ms: 300
            gap_ms: 2
            retries: 2
            inverters:
        %s  - name: battery
            protocol: bms
            transport: tcp
            port: 127.0.0.1:%d
            timeout_ms: 1000
            gap_ms: 2
            retries: 2
            battery: {mode: all-packs, packs: 15, address: 1}
        """
            .formatted(data, inv.getPort(), units, rack.getPort());
    return ConfigLoader.load(yaml, "big.yaml", data, Map.of()).config();
  }
}
