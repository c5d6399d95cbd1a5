package io.solargw.config;

import io.solargw.config.internal.Require;
import java.time.Duration;

/**
 * How the bus scheduler paces one bus ({@code timeout_ms}, {@code retries}, {@code gap_ms}).
 *
 * <p>Defaults: inverter buses 1000 ms / 1 retry / 200 ms gap (inverter-modbus.md 2.5); PACE (VER
 * 0x25) battery buses 1000 ms / 1 / 50 ms and Pylontech (VER 0x20) 2000 ms / 1 / 200 ms (bms.md
 * 1.8), plus the wire time of an all-packs answer; CAN buses 3000 ms of silence / 0 / 0 (the
 * battery broadcasts once a second, bms.md 6.1).
 *
 * @param timeout how long to wait for an answer (on a CAN bus: for the next frame), 100 ms..60 s
 * @param retries extra attempts after a failed transaction, 0..5
 * @param gap idle time between the end of one transaction and the next request, 0..10 s
 */
public record BusTiming(Duration timeout, int retries, Duration gap) {

  /** Shortest timeout accepted, in milliseconds. */
  public static final int MIN_TIMEOUT_MS = 100;

  /** Longest timeout accepted, in milliseconds. */
  public static final int MAX_TIMEOUT_MS = 60_000;

  /** Most retries accepted. */
  public static final int MAX_RETRIES = 5;

  /** Longest gap accepted, in milliseconds. */
  public static final int MAX_GAP_MS = 10_000;

  /** Checks the ranges. */
  public BusTiming {
    Require.range(
        "timeout", timeout, Duration.ofMillis(MIN_TIMEOUT_MS), Duration.ofMillis(MAX_TIMEOUT_MS));
    Require.range("retries", retries, 0, MAX_RETRIES);
    Require.range("gap", gap, Duration.ZERO, Duration.ofMillis(MAX_GAP_MS));
  }
}
