package io.solargw.sim;

import io.solargw.protocol.bms.pylon.CanFrame;
import io.solargw.protocol.inverter.profile.ProfileLoader;
import io.solargw.sim.bms.BatteryRack;
import io.solargw.sim.bms.PaceRackProtocol;
import io.solargw.sim.bms.PackThresholds;
import io.solargw.sim.can.PylonFrameSet;
import io.solargw.sim.can.SlcanServer;
import io.solargw.sim.fault.FaultInjector;
import io.solargw.sim.fault.FaultKind;
import io.solargw.sim.internal.CandumpWriter;
import io.solargw.sim.internal.SiteDriver;
import io.solargw.sim.inverter.InverterRtuProtocol;
import io.solargw.sim.inverter.InverterStack;
import io.solargw.sim.inverter.UnitIdentity;
import io.solargw.sim.scenario.Scenario;
import io.solargw.sim.scenario.ScenarioControl;
import io.solargw.sim.scenario.ScenarioStep;
import io.solargw.sim.site.SiteConfig;
import io.solargw.sim.site.SiteModel;
import io.solargw.sim.site.SiteState;
import io.solargw.sim.site.UnitSettings;
import io.solargw.sim.wire.ModbusTcpServer;
import io.solargw.sim.wire.PtyBridge;
import io.solargw.sim.wire.SimulatedBusServer;
import io.solargw.sim.wire.WireTap;
import io.solargw.sim.wire.WireTiming;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole simulated site, running: an inverter stack on an RS485 bus served as RTU over TCP (and
 * optionally Modbus TCP), a battery rack on a second bus (PACE over TCP), optionally the rack's CAN
 * frames through a simulated SLCAN adapter and a candump log, optionally ptys for the buses, and a
 * clock driving the site model. Start it with {@link #start}, read the bound addresses, drive it
 * with {@link #advance} or let the clock run, change it with {@link #scenarios()}, and {@link
 * #close()} it.
 */
public final class Simulation implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Simulation.class);
  private static final Duration PTY_TIMEOUT = Duration.ofSeconds(5);
  private static final Duration CAN_PERIOD = Duration.ofSeconds(1);

  private final SimulationOptions options;
  private final FaultInjector inverterFaults;
  private final FaultInjector rackFaults;
  private final InverterStack stack;
  private final BatteryRack rack;
  private final SiteDriver driver;
  private final ScenarioControl control;
  private final ScheduledExecutorService scheduler;
  private final List<AutoCloseable> open = new ArrayList<>();
  private final List<SimulatedBusServer> buses = new ArrayList<>();
  private InetSocketAddress inverterBus;
  private InetSocketAddress rackBus;
  private Optional<InetSocketAddress> modbusTcp = Optional.empty();
  private Optional<InetSocketAddress> can = Optional.empty();

  private Simulation(SimulationOptions o) {
    this.options = o;
    SiteConfig config = o.site();
    SiteModel site = new SiteModel(config, o.start(), o.initialSocPercent());
    Holder<SiteDriver> driverRef = new Holder<>();
    EnumSet<FaultKind> kinds = EnumSet.allOf(FaultKind.class);
    this.inverterFaults = new FaultInjector(o.faultProbability(), kinds, o.seed());
    this.rackFaults = new FaultInjector(o.faultProbability(), kinds, o.seed() + 1);
    List<UnitSettings> settings = new ArrayList<>();
    for (int i = 0; i < config.inverters(); i++) {
      settings.add(site.settings(i));
    }
    this.stack =
        new InverterStack(
            ProfileLoader.loadDefault(),
            config,
            site.state(),
            UnitIdentity.forStack(config),
            settings,
            (unit, s) -> driverRef.value.later(m -> m.setSettings(unit, s)));
    this.rack = new BatteryRack(site.state(), PackThresholds.defaults(), rackFaults::isAway);
    this.driver = new SiteDriver(site, o.speed(), List.of(stack::update, rack::update));
    driverRef.value = driver;
    this.control = new ScenarioControl(driver, stack, rack, inverterFaults, rackFaults);
    this.scheduler =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "simulation");
              t.setDaemon(true);
              return t;
            });
  }

  /** A mutable slot, so the stack's settings listener can reach the driver built after it. */
  private static final class Holder<T> {
    private volatile T value;
  }

  /**
   * Builds and starts everything the options ask for.
   *
   * @throws IOException when a port cannot be bound or socat cannot create a pty
   */
  public static Simulation start(SimulationOptions options)
      throws IOException, InterruptedException {
    Simulation s = new Simulation(options);
    try {
      s.open();
    } catch (IOException | InterruptedException | RuntimeException e) {
      s.close();
      throw e;
    }
    return s;
  }

  private void open() throws IOException, InterruptedException {
    WireTiming timing = new WireTiming(options.baud(), options.turnaroundMillis());
    InverterRtuProtocol rtu = new InverterRtuProtocol(stack, inverterFaults::isAway);
    SimulatedBusServer inverters =
        bus(new SimulatedBusServer("inverters", rtu, timing, inverterFaults));
    inverterBus = bind(() -> inverters.start(options.inverterBind()), options.inverterBind());
    SimulatedBusServer battery =
        bus(new SimulatedBusServer("battery", new PaceRackProtocol(rack), timing, rackFaults));
    rackBus = bind(() -> battery.start(options.rackBind()), options.rackBind());
    if (options.modbusTcpBind().isPresent()) {
      InetSocketAddress at = options.modbusTcpBind().get();
      ModbusTcpServer mbap = track(new ModbusTcpServer("inverters", rtu, timing, inverterFaults));
      modbusTcp = Optional.of(bind(() -> mbap.start(at), at));
    }
    if (options.canBind().isPresent()) {
      InetSocketAddress at = options.canBind().get();
      SlcanServer slcan = track(new SlcanServer(this::canFrames, CAN_PERIOD));
      can = Optional.of(bind(() -> slcan.start(at), at));
    }
    pty(options.inverterPty(), inverterBus);
    pty(options.rackPty(), rackBus);
    if (can.isPresent()) {
      pty(options.canPty(), can.get());
    }
    if (options.candumpLog().isPresent()) {
      CandumpWriter log = track(new CandumpWriter(options.candumpLog().get(), driver::state));
      long ms = CAN_PERIOD.toMillis();
      scheduler.scheduleAtFixedRate(() -> log.write(canFrames()), 0, ms, TimeUnit.MILLISECONDS);
    }
    driver.start(options.tick());
  }

  private List<CanFrame> canFrames() {
    return PylonFrameSet.of(rack.battery(), rack.conditions(), rack.canOffsets());
  }

  /** A server start that turns a bind failure into one clear IOException. */
  @FunctionalInterface
  private interface Start {
    InetSocketAddress run() throws InterruptedException;
  }

  private static InetSocketAddress bind(Start start, InetSocketAddress at)
      throws IOException, InterruptedException {
    try {
      return start.run();
    } catch (InterruptedException e) {
      throw e;
    } catch (Exception e) { // Netty rethrows the checked BindException undeclared
      throw new IOException(
          "cannot listen on " + at.getHostString() + ":" + at.getPort() + ": " + e.getMessage(), e);
    }
  }

  private void pty(Optional<Path> path, InetSocketAddress target)
      throws IOException, InterruptedException {
    if (path.isPresent()) {
      PtyBridge bridge = track(new PtyBridge(path.get(), target));
      bridge.start(PTY_TIMEOUT);
    }
  }

  private SimulatedBusServer bus(SimulatedBusServer server) {
    buses.add(server);
    return track(server);
  }

  private <T extends AutoCloseable> T track(T resource) {
    open.add(resource);
    return resource;
  }

  /** The options it was started with. */
  public SimulationOptions options() {
    return options;
  }

  /** Where the inverter bus (Modbus RTU over raw TCP) listens. */
  public InetSocketAddress inverterBus() {
    return inverterBus;
  }

  /** Where the battery bus (PACE ASCII over raw TCP) listens. */
  public InetSocketAddress rackBus() {
    return rackBus;
  }

  /** Where the stack's Modbus TCP server listens, if started. */
  public Optional<InetSocketAddress> modbusTcp() {
    return modbusTcp;
  }

  /** Where the SLCAN adapter listens, if started. */
  public Optional<InetSocketAddress> can() {
    return can;
  }

  /** The inverter stack (register images, scenario hooks). */
  public InverterStack inverters() {
    return stack;
  }

  /** The battery rack. */
  public BatteryRack rack() {
    return rack;
  }

  /** Faults of the inverter bus (and its Modbus TCP server). */
  public FaultInjector inverterFaults() {
    return inverterFaults;
  }

  /** Faults of the battery bus. */
  public FaultInjector rackFaults() {
    return rackFaults;
  }

  /** Scenario actions on the running site. */
  public ScenarioControl scenarios() {
    return control;
  }

  /** The latest state of the site. */
  public SiteState state() {
    return driver.state();
  }

  /**
   * Moves simulated time by {@code seconds} now (also while the clock runs) and returns the state.
   */
  public SiteState advance(double seconds) {
    return driver.advance(seconds);
  }

  /** Shows every answer the RS485 buses (inverters, battery) write to {@code tap}. */
  public void tap(WireTap tap) {
    buses.forEach(b -> b.tap(tap));
  }

  /**
   * Drops every TCP connection of the RS485 buses (the servers keep listening): the gateway sees
   * its links break and must reconnect. Returns how many connections were closed.
   */
  public int dropLinks() {
    return buses.stream().mapToInt(SimulatedBusServer::dropConnections).sum();
  }

  /**
   * Stops the clock: from now on the devices serve the same values (time still moves by {@link
   * #advance}). A soak test freezes the site before comparing counters.
   */
  public void pauseClock() {
    driver.close();
  }

  /** Runs a scenario: each step at its time after now, on the simulation's thread. */
  public void run(Scenario scenario) {
    for (ScenarioStep step : scenario.steps()) {
      scheduler.schedule(
          () -> {
            try {
              control.apply(step.action());
            } catch (RuntimeException e) {
              LOG.error(
                  "scenario {} step at {} failed: {}", scenario.name(), step.at(), e.getMessage());
            }
          },
          step.at().toMillis(),
          TimeUnit.MILLISECONDS);
    }
  }

  /** Stops the clock, the scenario thread, the ptys and every server. */
  @Override
  public void close() {
    driver.close();
    scheduler.shutdownNow();
    for (int i = open.size() - 1; i >= 0; i--) {
      try {
        open.get(i).close();
      } catch (Exception e) {
        LOG.warn("closing {} failed: {}", open.get(i).getClass().getSimpleName(), e.getMessage());
      }
    }
    open.clear();
  }
}
