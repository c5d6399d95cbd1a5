package io.solargw.sim;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Builds {@link SimulationOptions}. Defaults: 2 single-phase units, 4 packs, loopback port 0 for
 * both buses, no pacing, 20 ms turnaround, no faults, seed 1, paused clock (speed 0), start
 * 2026-06-21 08:00, SOC 60 %, 200 ms tick.
 */
public final class SimulationOptionsBuilder {

  private static final InetSocketAddress ANY_LOOPBACK = new InetSocketAddress("127.0.0.1", 0);

  private int inverters = 2;
  private boolean threePhase;
  private int packs = 4;
  private int baud;
  private int turnaroundMillis = 20;
  private double faultProbability;
  private long seed = 1;
  private double speed;
  private LocalDateTime start = LocalDateTime.of(2026, 6, 21, 8, 0);
  private double initialSocPercent = 60;
  private InetSocketAddress inverterBind = ANY_LOOPBACK;
  private InetSocketAddress rackBind = ANY_LOOPBACK;
  private Optional<InetSocketAddress> modbusTcpBind = Optional.empty();
  private Optional<InetSocketAddress> canBind = Optional.empty();
  private Optional<Path> inverterPty = Optional.empty();
  private Optional<Path> rackPty = Optional.empty();
  private Optional<Path> canPty = Optional.empty();
  private Optional<Path> candumpLog = Optional.empty();
  private Duration tick = Duration.ofMillis(200);

  SimulationOptionsBuilder() {}

  public SimulationOptionsBuilder inverters(int n) {
    this.inverters = n;
    return this;
  }

  public SimulationOptionsBuilder threePhase(boolean on) {
    this.threePhase = on;
    return this;
  }

  public SimulationOptionsBuilder packs(int n) {
    this.packs = n;
    return this;
  }

  public SimulationOptionsBuilder baud(int bitsPerSecond) {
    this.baud = bitsPerSecond;
    return this;
  }

  public SimulationOptionsBuilder turnaroundMillis(int millis) {
    this.turnaroundMillis = millis;
    return this;
  }

  public SimulationOptionsBuilder faults(double probability) {
    this.faultProbability = probability;
    return this;
  }

  public SimulationOptionsBuilder seed(long value) {
    this.seed = value;
    return this;
  }

  public SimulationOptionsBuilder speed(double simulatedSecondsPerSecond) {
    this.speed = simulatedSecondsPerSecond;
    return this;
  }

  public SimulationOptionsBuilder start(LocalDateTime time) {
    this.start = time;
    return this;
  }

  public SimulationOptionsBuilder initialSoc(double percent) {
    this.initialSocPercent = percent;
    return this;
  }

  public SimulationOptionsBuilder inverterBind(InetSocketAddress address) {
    this.inverterBind = address;
    return this;
  }

  public SimulationOptionsBuilder rackBind(InetSocketAddress address) {
    this.rackBind = address;
    return this;
  }

  public SimulationOptionsBuilder modbusTcp(InetSocketAddress address) {
    this.modbusTcpBind = Optional.of(address);
    return this;
  }

  public SimulationOptionsBuilder can(InetSocketAddress address) {
    this.canBind = Optional.of(address);
    return this;
  }

  public SimulationOptionsBuilder inverterPty(Path path) {
    this.inverterPty = Optional.of(path);
    return this;
  }

  public SimulationOptionsBuilder rackPty(Path path) {
    this.rackPty = Optional.of(path);
    return this;
  }

  public SimulationOptionsBuilder canPty(Path path) {
    this.canPty = Optional.of(path);
    return this;
  }

  public SimulationOptionsBuilder candumpLog(Path path) {
    this.candumpLog = Optional.of(path);
    return this;
  }

  public SimulationOptionsBuilder tick(Duration period) {
    this.tick = period;
    return this;
  }

  /**
   * The options.
   *
   * @throws IllegalArgumentException naming the first option out of range
   */
  public SimulationOptions build() {
    return new SimulationOptions(
        inverters,
        threePhase,
        packs,
        baud,
        turnaroundMillis,
        faultProbability,
        seed,
        speed,
        start,
        initialSocPercent,
        inverterBind,
        rackBind,
        modbusTcpBind,
        canBind,
        inverterPty,
        rackPty,
        canPty,
        candumpLog,
        tick);
  }
}
