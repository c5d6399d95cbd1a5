package io.solargw.gateway.soak;

import io.solargw.mqtt.client.BrokerSession;
import io.solargw.mqtt.client.BrokerSettings;
import io.solargw.sim.Simulation;
import io.solargw.sim.SimulationOptions;
import io.solargw.sim.fault.FaultKind;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One soak run: the simulated site with faults on its wires, the MQTT broker, the gateway as a
 * child process, a watcher on MQTT; the fault schedule runs for the configured duration, then the
 * site clock stops, the gateway gets time to settle, and the promises are checked.
 */
public final class Soak {

  private static final Duration SETTLE = Duration.ofSeconds(90);

  private final SoakSettings settings;
  private final PrintWriter progress;

  public Soak(SoakSettings settings, PrintWriter progress) {
    this.settings = settings;
    this.progress = progress;
  }

  /** Runs it; the summary says which promises held. */
  public SoakSummary run() throws Exception {
    Path dir =
        settings.workDir().isPresent()
            ? Files.createDirectories(settings.workDir().get())
            : Files.createTempDirectory("solar-soak-");
    ServedValues served = new ServedValues();
    Observations seen = new Observations(GatewayConfigFile.BASE, served);
    ExecutorService inbox = Executors.newSingleThreadExecutor(r -> daemon(r, "soak-inbox"));
    try (Simulation sim = Simulation.start(simulation());
        SoakBroker broker = SoakBroker.start(dir);
        BrokerSession watcher =
            BrokerSession.paho(
                BrokerSettings.plain("127.0.0.1", broker.port(), "solar-soak-watcher"),
                "solar-soak/watcher/status")) {
      sim.tap(served);
      if (settings.recordMqtt()) {
        seen.recordTo(dir.resolve("mqtt.log"));
      }
      Map<FaultKind, Double> rates = rates();
      sim.inverterFaults().setRates(rates);
      sim.rackFaults().setRates(rates);
      say("work directory " + dir + "; broker " + broker.describe() + " on port " + broker.port());
      watcher.onMessage(
          (topic, payload, retained) -> inbox.execute(() -> seen.message(topic, payload)));
      watcher.subscribe(GatewayConfigFile.BASE + "/#");
      watcher.start();
      Path config =
          GatewayConfigFile.write(
              dir,
              settings.inverters(),
              settings.packs(),
              sim.inverterBus().getPort(),
              sim.rackBus().getPort(),
              broker.port());
      try (GatewayProcess gateway =
          new GatewayProcess(settings.jar(), config, dir.resolve("gateway.log"))) {
        Thread cleanup = new Thread(() -> stopChildren(gateway, broker), "soak-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup); // Ctrl-C must not leave them running
        gateway.start();
        say("gateway started: pid " + gateway.pid() + ", " + GatewayProcess.HEAP);
        FaultSchedule schedule =
            new FaultSchedule(settings, sim, broker, gateway, devices(), seen, this::say);
        schedule.run();
        Map<FaultKind, Double> none = new EnumMap<>(FaultKind.class);
        rates().keySet().forEach(k -> none.put(k, 0.0));
        sim.inverterFaults().setRates(none); // an empty map would mean the default probability
        sim.rackFaults().setRates(none);
        sim.pauseClock();
        say(
            "faults stopped, site clock paused; waiting up to "
                + SETTLE.toSeconds()
                + " s to settle");
        Settling settled = new Settling(seen, served, devices(), settings.inverters());
        settled.await(SETTLE);
        inbox.submit(() -> {}).get(); // every message received so far is checked
        Runtime.getRuntime().removeShutdownHook(cleanup);
        return new SoakSummary.Builder(settings, dir, broker.describe())
            .faults(sim, schedule)
            .gateway(gateway, schedule.rss())
            .observations(seen, served, settled)
            .build();
      }
    } finally {
      inbox.shutdownNow();
    }
  }

  private static void stopChildren(GatewayProcess gateway, SoakBroker broker) {
    try {
      gateway.kill9();
      broker.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private SimulationOptions simulation() {
    InetSocketAddress any = new InetSocketAddress("127.0.0.1", 0);
    return SimulationOptions.builder()
        .inverters(settings.inverters())
        .packs(settings.packs())
        .speed(settings.speed())
        .seed(settings.seed())
        .start(LocalDateTime.of(2026, 6, 21, 7, 0))
        .inverterBind(any)
        .rackBind(any)
        .build();
  }

  private Map<FaultKind, Double> rates() {
    double c = settings.corruptRate() / 4;
    double late = settings.timeoutRate() * settings.lateShare();
    double silent = settings.timeoutRate() - late;
    return Map.of(
        FaultKind.CORRUPT_BYTE, c,
        FaultKind.BAD_CHECKSUM, c,
        FaultKind.TRUNCATED, c,
        FaultKind.WRONG_ADDRESS, c,
        FaultKind.NO_ANSWER, silent,
        FaultKind.LATE_ANSWER, late);
  }

  /** Every device the gateway must report: inverter-N, pack-N. */
  List<String> devices() {
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= settings.inverters(); i++) {
      ids.add("inverter-" + i);
    }
    for (int p = 1; p <= settings.packs(); p++) {
      ids.add("pack-" + p);
    }
    return ids;
  }

  void say(String line) {
    progress.println("soak: " + line);
    progress.flush();
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }
}
