package io.solargw.gateway.runtime;

import io.solargw.config.BmsBus;
import io.solargw.config.BusConfig;
import io.solargw.config.GatewayConfig;
import io.solargw.config.InverterBus;
import io.solargw.gateway.bus.BusCounters;
import io.solargw.gateway.bus.BusWorker;
import io.solargw.gateway.energy.EnergyFeed;
import io.solargw.gateway.energy.EnergyLedger;
import io.solargw.gateway.energy.EnergyStore;
import io.solargw.gateway.poll.StateRegistry;
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
 * The running gateway: one worker thread per bus, the state registry every poller reports to, and
 * the energy ledger saved periodically and at shutdown.
 */
public final class GatewayRuntime implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(GatewayRuntime.class);
  private static final long ENERGY_SAVE_SECONDS = 60;

  private final GatewayConfig config;
  private final Clock clock;
  private final StateRegistry registry = new StateRegistry();
  private final Map<String, BusCounters> counters = new LinkedHashMap<>();
  private final List<BusWorker> workers = new ArrayList<>();
  private final List<Thread> threads = new ArrayList<>();
  private final EnergyLedger ledger;
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
    for (BusConfig bus : config.buses()) {
      BusCounters c = new BusCounters();
      counters.put(bus.name(), c);
      if (bus instanceof InverterBus inv) {
        workers.add(InverterBuses.worker(inv, config, c, registry, clock, multipleInverterBuses()));
      } else if (bus instanceof BmsBus bms) {
        workers.add(BmsBuses.worker(bms, config, c, registry, clock));
      } else {
        LOG.warn("bus {}: {} buses are not polled yet by this version", bus.name(), bus.protocol());
      }
    }
  }

  /** Starts every bus thread and the energy save timer. */
  public void start() {
    for (BusWorker w : workers) {
      Thread t = new Thread(w, "bus-" + w.busName());
      t.setDaemon(true);
      threads.add(t);
      t.start();
    }
    timer.scheduleAtFixedRate(
        this::saveEnergy, ENERGY_SAVE_SECONDS, ENERGY_SAVE_SECONDS, TimeUnit.SECONDS);
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

  /** The energy counters. */
  public EnergyLedger energy() {
    return ledger;
  }

  /** The configuration in force. */
  public GatewayConfig config() {
    return config;
  }

  private boolean multipleInverterBuses() {
    return config.buses().stream().filter(b -> b instanceof InverterBus).count() > 1;
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
    workers.forEach(BusWorker::stop);
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
  }
}
