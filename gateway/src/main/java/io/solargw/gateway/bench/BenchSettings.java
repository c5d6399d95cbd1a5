package io.solargw.gateway.bench;

import java.time.Duration;

/**
 * How {@code bench} runs.
 *
 * @param baud wire pacing of the simulated buses
 * @param turnaround the simulated devices' think time before each answer
 * @param inverterGap idle time between two transactions on the inverter bus
 * @param bmsGap idle time between two transactions on the battery bus
 * @param cycles cycles measured per configuration, after one warm-up cycle
 * @param ptys true to reach the simulators through serial ptys (socat) instead of TCP
 */
public record BenchSettings(
    int baud,
    Duration turnaround,
    Duration inverterGap,
    Duration bmsGap,
    int cycles,
    boolean ptys) {

  /**
   * The inverter bus's gap by default: SRNE asks for more than 10 ms of idle around a frame, more
   * than Modbus RTU's 3.5 characters (inverter-modbus.md 2.5).
   */
  public static final Duration INVERTER_GAP = Duration.ofMillis(10);

  /** PACE frames are delimited by SOI/EOI: the protocol needs no idle between them (bms.md 1.8). */
  public static final Duration BMS_GAP = Duration.ZERO;

  public BenchSettings {
    if (baud < 300 || baud > 4_000_000) {
      throw new IllegalArgumentException("baud must be 300..4000000, got " + baud);
    }
    if (cycles < 1 || cycles > 100) {
      throw new IllegalArgumentException("cycles must be 1..100, got " + cycles);
    }
  }
}
