package io.solargw.gateway.bus;

import java.io.IOException;
import java.util.List;

/**
 * Polls one device (an inverter, a battery rack) on its bus. The bus worker calls {@link #poll}
 * when {@link #nextDueNanos()} has come; the poller runs its transactions through the transactor,
 * decodes, and hands the result on. Expected faults (timeouts, bad frames) are handled and counted
 * inside; only a broken link escapes as {@link IOException}.
 */
public interface DevicePoller {

  /** Stable id of the device, e.g. {@code inverter-1}, {@code battery-rack}. */
  String deviceId();

  /** When the next poll is due, on the {@link System#nanoTime()} scale. */
  long nextDueNanos();

  /**
   * Runs one poll cycle of this device.
   *
   * @return true when the device answered with at least one valid frame
   */
  boolean poll(BusTransactor bus) throws IOException, InterruptedException;

  /**
   * The poll was due but the bus link is down ({@code reason}): count it as a failed cycle, report
   * the device as stale or offline, and schedule the next attempt.
   */
  void missed(String reason);

  /**
   * The request frames one regular (fast) cycle of this device sends, in order, given what the
   * poller has learned about the device so far; empty when the poller does not tell. Used by {@code
   * bench} to compute the wire-time floor of a cycle from the real plan. Call it from the bus
   * thread or after the bus stopped.
   */
  default List<byte[]> cycleRequests() {
    return List.of();
  }
}
