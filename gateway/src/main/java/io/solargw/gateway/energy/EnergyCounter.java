package io.solargw.gateway.energy;

import java.time.LocalDate;

/**
 * One lifetime + daily energy counter that never goes backwards. It is fed either by power samples
 * (integrated with the trapezoid rule over a monotonic clock, so a wall-clock jump changes nothing)
 * or by the device's own lifetime counter (a device counter that resets — statistics cleared, unit
 * replaced — is carried over, never subtracted).
 */
public final class EnergyCounter {

  /** Gaps longer than this are not integrated: the device or the gateway was away. */
  static final long MAX_GAP_NANOS = 300_000_000_000L;

  private double lifetimeKwh;
  private double todayKwh;
  private LocalDate day;
  private double lastWatts = Double.NaN;
  private long lastNanos;
  private double lastDeviceKwh = Double.NaN;

  /** A counter resumed from persisted totals. */
  public EnergyCounter(double lifetimeKwh, double todayKwh, LocalDate day) {
    this.lifetimeKwh = Math.max(0, lifetimeKwh);
    this.todayKwh = Math.max(0, todayKwh);
    this.day = day;
  }

  /** Adds the energy of a power sample ({@code watts} >= 0) taken at monotonic {@code nanos}. */
  public void addPower(double watts, long nanos, LocalDate today) {
    rollDay(today);
    double w = Double.isFinite(watts) ? Math.max(0, watts) : 0;
    if (!Double.isNaN(lastWatts)) {
      long dt = nanos - lastNanos;
      if (dt > 0 && dt <= MAX_GAP_NANOS) {
        add((lastWatts + w) / 2 * dt / 3.6e15);
      }
    }
    lastWatts = w;
    lastNanos = nanos;
  }

  /** Follows the device's own lifetime counter. */
  public void followDevice(double deviceKwh, LocalDate today) {
    rollDay(today);
    if (!Double.isFinite(deviceKwh) || deviceKwh < 0) {
      return;
    }
    if (!Double.isNaN(lastDeviceKwh) && deviceKwh >= lastDeviceKwh) {
      add(deviceKwh - lastDeviceKwh);
    }
    // First reading, or the device counter went back (reset): take it as the new reference.
    lastDeviceKwh = deviceKwh;
  }

  /** Forgets the last power sample (the device became unavailable): no energy over the gap. */
  public void interrupt() {
    lastWatts = Double.NaN;
  }

  public double lifetimeKwh() {
    return lifetimeKwh;
  }

  public double todayKwh() {
    return todayKwh;
  }

  public LocalDate day() {
    return day;
  }

  private void add(double kwh) {
    if (kwh > 0 && Double.isFinite(kwh)) {
      lifetimeKwh += kwh;
      todayKwh += kwh;
    }
  }

  private void rollDay(LocalDate today) {
    // Only forward: a wall clock that jumps back to yesterday must not reset today's total.
    if (day == null || today.isAfter(day)) {
      if (day != null) {
        todayKwh = 0;
      }
      day = today;
    }
  }
}
