package io.solargw.gateway.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.solargw.config.ConfigLoader;
import io.solargw.config.GatewayConfig;
import io.solargw.gateway.badinput.HostileDevice.Mode;
import io.solargw.gateway.bus.BusCounters;
import io.solargw.gateway.poll.Availability;
import io.solargw.gateway.poll.DeviceReport;
import io.solargw.gateway.runtime.GatewayRuntime;
import io.solargw.sim.Simulation;
import io.solargw.sim.SimulationOptions;
import io.solargw.sim.wire.PtyBridge;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bad-input sweep of the request/response buses: two inverters (Modbus RTU) and a rack of three
 * packs (PACE ASCII, all-packs answers) behind {@link HostileDevice}s, reached over RS485-over-TCP
 * and over serial ptys (socat). The simulator's clock is paused, so every good answer decodes to
 * the same values: any published value that differs came from a damaged frame. Phases: clean
 * (baseline), mutated answers, 256 KiB floods, an endless stream with no frame end, clean again.
 * Asserted: the bus threads live and keep polling, the damage is counted, nothing is logged with a
 * stack trace, no report ever carries a value other than the baseline, and every device is read
 * again after the garbage.
 */
class HostileBusIT {

  private static final List<String> DEVICES =
      List.of("inverter-1", "inverter-2", "pack-1", "pack-2", "pack-3");

  @TempDir Path data;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tcp", "serial", "modbus-tcp"})
  void garbageOnTheWireIsCountedNeverPublishedAndPollingGoesOn(String transport) throws Exception {
    long seed = Seeds.seed();
    String why = "seed " + seed + " (-Dbadinput.seed=" + seed + "), transport " + transport;
    Set<String> uncaught = ConcurrentHashMap.newKeySet();
    Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
    Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.add(t.getName() + ": " + e));
    InetSocketAddress any = new InetSocketAddress("127.0.0.1", 0);
    try (Simulation sim =
            Simulation.start(
                SimulationOptions.builder()
                    .inverters(2)
                    .packs(3)
                    .seed(5)
                    .start(LocalDateTime.of(2026, 6, 21, 12, 0))
                    .inverterBind(any)
                    .rackBind(any)
                    .modbusTcp(any)
                    .build());
        HostileDevice inverters = inverterDevice(transport, sim, seed);
        HostileDevice rack = new HostileDevice(sim.rackBus(), seed + 1);
        PtyBridge invPty = new PtyBridge(data.resolve("ttyINV"), inverters.address());
        PtyBridge rackPty = new PtyBridge(data.resolve("ttyBMS"), rack.address());
        LogCapture log = new LogCapture()) {
      String rackTransport = transport.equals("modbus-tcp") ? "tcp" : transport;
      String invPort = port(transport, inverters, invPty);
      String rackPort = port(rackTransport, rack, rackPty);
      List<DeviceReport> reports = new CopyOnWriteArrayList<>();
      try (GatewayRuntime runtime =
          new GatewayRuntime(
              config(transport, invPort, rackTransport, rackPort), Clock.systemUTC())) {
        runtime.registry().addListener(r -> record(r, reports));
        runtime.start();
        Map<String, Map<String, Object>> baseline = baseline(reports, why);
        List<HostileDevice> devices = List.of(inverters, rack);

        int hostileFrom = reports.size();
        long transactions = transactions(runtime);
        phase(devices, Mode.MUTATE, Duration.ofSeconds(4));
        phase(devices, Mode.FLOOD, Duration.ofSeconds(2));
        phase(devices, Mode.ENDLESS, Duration.ofSeconds(2));
        int cleanFrom = reports.size();
        devices.forEach(d -> d.mode(Mode.CLEAN));

        assertThat(transactions(runtime))
            .as(why + ": polling went on")
            .isGreaterThan(transactions + 10);
        for (String bus : List.of("inverters", "battery")) {
          BusCounters.Snapshot s = runtime.counters().get(bus).snapshot();
          long errors = s.errorsByReason().values().stream().mapToLong(Long::longValue).sum();
          assertThat(s.timeouts()).as("%s: %s timeouts", why, bus).isPositive();
          if (bus.equals("inverters") && transport.equals("modbus-tcp")) {
            // j2mod reads the MBAP stream: a bad answer is a timeout or a dropped connection.
            assertThat(s.linkFailures()).as("%s: %s link failures", why, bus).isPositive();
          } else {
            assertThat(errors).as("%s: %s errors %s", why, bus, s.errorsByReason()).isPositive();
            assertThat(s.skippedBytes()).as("%s: %s skipped bytes", why, bus).isPositive();
          }
        }
        await(why + ": every device read again after the garbage")
            .atMost(Duration.ofSeconds(30))
            .until(() -> readAgain(reports, cleanFrom, baseline));
        assertThat(Thread.getAllStackTraces().keySet().stream().map(Thread::getName))
            .as(why + ": bus threads alive")
            .contains("bus-inverters", "bus-battery");
        List<DeviceReport> hostile = new ArrayList<>(reports.subList(hostileFrom, reports.size()));
        assertThat(hostile).as(why).isNotEmpty();
        for (DeviceReport r : hostile) {
          assertSameValues(r, baseline.get(r.deviceId()), why);
          r.problem()
              .ifPresent(
                  p ->
                      assertThat(p)
                          .as("%s: %s's problem is a sentence, not an exception", why, r.deviceId())
                          .isNotBlank()
                          .doesNotContain("Exception", "java.", "null"));
        }
        System.out.printf(
            "bad-input sweep (%s): damage inverters %s, rack %s; counters inverters %s, battery %s;"
                + " %d reports checked%n",
            why,
            inverters.damage(),
            rack.damage(),
            runtime.counters().get("inverters").snapshot(),
            runtime.counters().get("battery").snapshot(),
            hostile.size());
      }
      log.assertNoStackTrace(why);
      assertThat(log.lines())
          .as("%s: log lines are sentences, not library internals", why)
          .noneMatch(l -> l.contains("Executing transaction") || l.contains("out of bounds"))
          .noneMatch(l -> l.contains("Exception"));
    } finally {
      Thread.setDefaultUncaughtExceptionHandler(previous);
    }
    assertThat(uncaught).as(why + ": uncaught exceptions").isEmpty();
  }

  private static HostileDevice inverterDevice(String transport, Simulation sim, long seed)
      throws java.io.IOException {
    return transport.equals("modbus-tcp")
        ? new HostileDevice(sim.modbusTcp().orElseThrow(), seed, ByteMutator.Kind.MBAP)
        : new HostileDevice(sim.inverterBus(), seed);
  }

  private static String port(String transport, HostileDevice device, PtyBridge pty)
      throws Exception {
    if (!transport.equals("serial")) {
      return "127.0.0.1:" + device.address().getPort();
    }
    pty.start(Duration.ofSeconds(5));
    return pty.path().toString();
  }

  private static void record(DeviceReport r, List<DeviceReport> reports) {
    if (DEVICES.contains(r.deviceId())) {
      reports.add(r);
    }
  }

  /**
   * Waits for two online reports of every device; the baseline is the second, without the values
   * that differ between the two (time stamps, ages): those are not the wire's.
   */
  private static Map<String, Map<String, Object>> baseline(List<DeviceReport> reports, String why) {
    Map<String, Map<String, Object>> baseline = new HashMap<>();
    await(why + ": every device online twice")
        .atMost(Duration.ofSeconds(30))
        .until(() -> DEVICES.stream().allMatch(id -> online(reports, id).size() >= 2));
    for (String id : DEVICES) {
      List<DeviceReport> ok = online(reports, id);
      Map<String, Object> first = Flat.of(ok.get(0).values());
      Map<String, Object> second = new HashMap<>(Flat.of(ok.get(1).values()));
      second.keySet().removeIf(k -> !java.util.Objects.equals(first.get(k), second.get(k)));
      assertThat(second).as("%s: %s has stable values", why, id).hasSizeGreaterThan(10);
      baseline.put(id, second);
    }
    return baseline;
  }

  private static List<DeviceReport> online(List<DeviceReport> reports, String id) {
    return reports.stream()
        .filter(r -> r.deviceId().equals(id) && r.availability() == Availability.ONLINE)
        .toList();
  }

  private static boolean readAgain(
      List<DeviceReport> reports, int from, Map<String, Map<String, Object>> baseline) {
    List<DeviceReport> after = reports.subList(from, reports.size());
    return DEVICES.stream()
        .allMatch(
            id ->
                online(after, id).stream()
                    .anyMatch(
                        r ->
                            Flat.of(r.values())
                                .entrySet()
                                .containsAll(baseline.get(id).entrySet())));
  }

  private static void assertSameValues(DeviceReport r, Map<String, Object> expected, String why) {
    Map<String, Object> got = Flat.of(r.values());
    if (got.isEmpty()) {
      return;
    }
    for (Map.Entry<String, Object> e : expected.entrySet()) {
      if (!got.containsKey(e.getKey())) {
        continue; // a block that failed this cycle is left out, which is not a wrong value
      }
      assertThat(got.get(e.getKey()))
          .as(
              "%s: %s %s (%s) — a value from a damaged frame",
              why, r.deviceId(), e.getKey(), r.availability())
          .isEqualTo(e.getValue());
    }
  }

  private static void phase(List<HostileDevice> devices, Mode mode, Duration length)
      throws InterruptedException {
    devices.forEach(d -> d.mode(mode));
    Thread.sleep(length.toMillis());
  }

  private static long transactions(GatewayRuntime runtime) {
    return runtime.counters().values().stream().mapToLong(c -> c.snapshot().transactions()).sum();
  }

  private GatewayConfig config(
      String transport, String invPort, String rackTransport, String rackPort) throws Exception {
    String yaml =
        """
        gateway: {id: hostile}
        persistence: {directory: '%s'}
        poll: {fast_s: 1, slow_s: 3, unavailable_after: 2, offline_poll_s: 1}
        mqtt: {enabled: false}
        http: {enabled: false}
        buses:
          - name: inverters
            protocol: inverter
            transport: %s
            port: '%s'
            timeout_ms: 300
            gap_ms: 5
            retries: 0
            inverters:
              - {address: 1}
              - {address: 2}
          - name: battery
            protocol: bms
            transport: %s
            port: '%s'
            timeout_ms: 400
            gap_ms: 5
            retries: 0
            battery: {mode: all-packs, packs: 3, address: 1}
        """
            .formatted(data, transport, invPort, rackTransport, rackPort);
    return ConfigLoader.load(yaml, "hostile.yaml", data, Map.of()).config();
  }
}
