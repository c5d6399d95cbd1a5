package io.solargw.gateway.runtime;

import io.solargw.config.BmsBus;
import io.solargw.config.BusConfig;
import io.solargw.config.CanBus;
import io.solargw.config.GatewayConfig;
import io.solargw.config.InverterBus;
import io.solargw.gateway.bus.BusCounters;
import io.solargw.gateway.bus.BusWorker;
import io.solargw.gateway.can.CanListener;
import io.solargw.gateway.can.CanListenerSettings;
import io.solargw.gateway.energy.EnergyFeed;
import io.solargw.gateway.energy.EnergyLedger;
import io.solargw.gateway.energy.EnergyStore;
import io.solargw.gateway.poll.StateRegistry;
import io.solargw.gateway.publish.MqttPublisher;
import io.solargw.gateway.stack.BusCycleTracker;
import io.solargw.gateway.transport.CanSources;
import io.solargw.gateway.write.WriteTargets;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running gateway: one worker thread per bus, the state registry every poller reports to, the
 * stack aggregates, cycle statistics, and the energy ledger saved periodically and at shutdown.
 */
public final class GatewayRuntime implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(GatewayRuntime.class);

  /**
   * How often energy counters are written; a crash loses at most this much integration. The system
   * property exists for the crash test, which cannot wait a minute.
   */
  private static final long ENERGY_SAVE_SECONDS = Long.getLong("solargw.energy.save.seconds", 60);

  private final GatewayConfig config;
  private final Clock clock;
  private final StateRegistry registry = new StateRegistry();
  private final Map<String, BusCounters> counters = new LinkedHashMap<>();
  private final List<BusWorker> workers = new ArrayList<>();
  private final List<Thread> threads = new ArrayList<>();
  private final List<CanListener> listeners = new ArrayList<>();
  private final BusCycleTracker cycles = new BusCycleTracker();
  private final EnergyLedger ledger;
  private StatusEndpoint http;
  private MqttPublisher mqtt;
  private volatile boolean closed;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "gateway-timer"));

  /**
   * Builds (but does not start) the runtime.
   *
   * @throws IOException when the persisted energy counters cannot be read
   */
  public GatewayRuntime(GatewayConfig config, Clock clock) throws IOException {
    this.config = config;
    this.clock = clock;
    EnergyStore store = new EnergyStore(config.persistence().directory());
    this.ledger = new EnergyLedger(store, store.load());
    registry.addListener(new EnergyFeed(ledger, clock));
    registry.addListener(
        new Aggregation(
            registry,
            DeviceIds.inverters(config),
            DeviceIds.phases(config),
            DeviceIds.packs(config),
            DeviceIds.can(config),
            clock));
    for (BusConfig bus : config.buses()) {
      BusCounters c = new BusCounters();
      counters.put(bus.name(), c);
      if (bus instanceof InverterBus inv) {
        workers.add(InverterBuses.worker(inv, config, c, registry, clock));
      } else if (bus instanceof BmsBus bms) {
        workers.add(BmsBuses.worker(bms, config, c, registry, clock));
      } else if (bus instanceof CanBus can) {
        listeners.add(
            new CanListener(
                can.name(),
                CanSources.of(can),
                CanListenerSettings.of(
                    DeviceIds.CAN, can.timing().timeout(), InverterBuses.schedule(config.poll())),
                registry,
                clock));
      } else {
        LOG.warn("bus {}: {} buses are not polled yet by this version", bus.name(), bus.protocol());
      }
    }
    workers.forEach(w -> w.setCycleListener(new CycleLog(cycles)));
  }

  /**
   * Starts every bus thread, the energy save timer and (if enabled) the HTTP status server.
   *
   * @throws IOException when the HTTP port is taken
   */
  public void start() throws IOException {
    ThreadDeaths.install();
    if (config.mqtt().enabled()) {
      mqtt = MqttPublisher.start(config, DeviceIds.all(config), WriteTargets.of(config, workers));
      registry.addListener(mqtt);
    }
    if (config.http().enabled()) {
      http = StatusEndpoint.start(this);
    }
    for (BusWorker w : workers) {
      Thread t = new Thread(w, "bus-" + w.busName());
      t.setDaemon(true);
      threads.add(t);
      t.start();
    }
    for (CanListener l : listeners) {
      Thread t = new Thread(l, "can-" + l.busName());
      t.setDaemon(true);
      threads.add(t);
      t.start();
    }
    timer.scheduleAtFixedRate(
        this::saveEnergy, ENERGY_SAVE_SECONDS, ENERGY_SAVE_SECONDS, TimeUnit.SECONDS);
    long every = config.poll().fast().toMillis();
    timer.scheduleAtFixedRate(this::reportGateway, every, every, TimeUnit.MILLISECONDS);
  }

  /** The latest reports. */
  public StateRegistry registry() {
    return registry;
  }

  /** Bus counters by bus name. */
  public Map<String, BusCounters> counters() {
    return Map.copyOf(counters);
  }

  /** The bus workers (health). */
  public List<BusWorker> workers() {
    return List.copyOf(workers);
  }

  /** The CAN listeners (health, metrics). */
  public List<CanListener> canListeners() {
    return List.copyOf(listeners);
  }

  /** Statistics of the last poll cycle of each bus. */
  public BusCycleTracker cycles() {
    return cycles;
  }

  /** The energy counters. */
  public EnergyLedger energy() {
    return ledger;
  }

  /** The MQTT publisher, when MQTT is enabled and started. */
  public java.util.Optional<MqttPublisher> mqtt() {
    return java.util.Optional.ofNullable(mqtt);
  }

  /** Where the HTTP status server listens, if started. */
  public java.util.Optional<java.net.InetSocketAddress> httpAddress() {
    return java.util.Optional.ofNullable(http).map(StatusEndpoint::address);
  }

  /**
   * Bus and CAN threads that are no longer alive although the runtime was not closed (each runs
   * until {@link #close()}, so a dead one is a bug).
   */
  public long deadThreads() {
    return closed ? 0 : threads.stream().filter(t -> !t.isAlive()).count();
  }

  /** Threads that died of an uncaught exception since the process started. */
  public long uncaughtExceptions() {
    return ThreadDeaths.count();
  }

  /** The configuration in force. */
  public GatewayConfig config() {
    return config;
  }

  private void reportGateway() {
    try {
      registry.accept(GatewayDevice.report(this, clock.instant()));
      if (mqtt != null) {
        java.util.Map<String, Object> stats = new LinkedHashMap<>();
        for (BusWorker w : workers) {
          cycles.last(w.busName()).ifPresent(c -> stats.put(w.busName(), c.toJson()));
        }
        mqtt.publishStats(stats);
      }
    } catch (RuntimeException e) {
      LOG.error("gateway status report failed", e);
    }
  }

  private void saveEnergy() {
    try {
      ledger.save();
    } catch (IOException | RuntimeException e) {
      LOG.error("cannot save energy counters: {}", e.getMessage());
    }
  }

  /** Stops the buses, waits for them, saves the energy counters. */
  @Override
  public void close() {
    closed = true;
    if (http != null) {
      http.server().close();
    }
    workers.forEach(BusWorker::stop);
    listeners.forEach(CanListener::stop);
    for (Thread t : threads) {
      t.interrupt();
      try {
        t.join(5000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    timer.shutdownNow();
    saveEnergy();
    if (mqtt != null) {
      mqtt.close();
    }
  }
}
