package io.solargw.sim;

import io.solargw.sim.site.SiteConfig;
import io.solargw.sim.site.StackMode;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * What to simulate and where to serve it. Build with {@link #builder()}; every field has a default
 * suited to tests (loopback, port 0, no pacing, no faults, paused clock).
 *
 * @param inverters 1..9 units
 * @param threePhase three-phase stack (units take L1, L2, L3 in turn; at least 3 units) instead of
 *     single-phase (SIG for one unit, PAL for more)
 * @param packs 1..15 packs
 * @param baud wire pacing of both RS485 buses, 0 = none
 * @param turnaroundMillis device think time before answering
 * @param faultProbability chance 0..1 that an answer is damaged
 * @param seed seed of the site model and the fault injectors
 * @param speed simulated seconds per wall second; 0 = time moves only by {@link Simulation#advance}
 * @param start simulated start time
 * @param initialSocPercent battery state of charge at start
 * @param inverterBind where the inverter bus (RTU over TCP) listens
 * @param rackBind where the battery bus (PACE over TCP) listens
 * @param modbusTcpBind where the inverter stack's Modbus TCP server listens, if wanted
 * @param canBind where the SLCAN adapter listens, if wanted
 * @param inverterPty serial device linked to the inverter bus, if wanted
 * @param rackPty serial device linked to the battery bus, if wanted
 * @param canPty serial device linked to the SLCAN adapter, if wanted (needs canBind)
 * @param candumpLog file the CAN frame sets are appended to, if wanted
 * @param tick how often the clock thread steps the site
 */
public record SimulationOptions(
    int inverters,
    boolean threePhase,
    int packs,
    int baud,
    int turnaroundMillis,
    double faultProbability,
    long seed,
    double speed,
    LocalDateTime start,
    double initialSocPercent,
    InetSocketAddress inverterBind,
    InetSocketAddress rackBind,
    Optional<InetSocketAddress> modbusTcpBind,
    Optional<InetSocketAddress> canBind,
    Optional<Path> inverterPty,
    Optional<Path> rackPty,
    Optional<Path> canPty,
    Optional<Path> candumpLog,
    Duration tick) {

  /** Checks every range; messages name the option. */
  public SimulationOptions {
    require("inverters", inverters, 1, 9);
    require("packs", packs, 1, 15);
    if (threePhase && inverters < 3) {
      throw new IllegalArgumentException(
          "a three-phase stack needs at least 3 inverters (one per phase), got " + inverters);
    }
    require("baud", baud, 0, 4_000_000);
    require("turnaroundMillis", turnaroundMillis, 0, 60_000);
    if (!(faultProbability >= 0 && faultProbability <= 1)) {
      throw new IllegalArgumentException("faults must be in 0..1, got " + faultProbability);
    }
    if (!(speed >= 0) || Double.isInfinite(speed)) {
      throw new IllegalArgumentException("speed must be 0 or more, got " + speed);
    }
    if (!(initialSocPercent >= 0 && initialSocPercent <= 100)) {
      throw new IllegalArgumentException("initial SOC must be in 0..100, got " + initialSocPercent);
    }
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(inverterBind, "inverterBind");
    Objects.requireNonNull(rackBind, "rackBind");
    if (canPty.isPresent() && canBind.isEmpty()) {
      throw new IllegalArgumentException("a CAN pty needs the SLCAN server (canBind)");
    }
    if (tick.isNegative() || tick.isZero()) {
      throw new IllegalArgumentException("tick must be positive, got " + tick);
    }
  }

  /** The site these options describe: 6 kW units, 100 Ah packs (seed manuals section 9). */
  public SiteConfig site() {
    StackMode mode =
        threePhase ? StackMode.THREE_PHASE : inverters == 1 ? StackMode.SIG : StackMode.PAL;
    return new SiteConfig(inverters, mode, 6000, 4000, 300 + 150 * inverters, packs, 100, seed);
  }

  /** A builder with the test defaults. */
  public static SimulationOptionsBuilder builder() {
    return new SimulationOptionsBuilder();
  }

  private static void require(String name, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          name + " must be in " + min + ".." + max + ", got " + value);
    }
  }
}
