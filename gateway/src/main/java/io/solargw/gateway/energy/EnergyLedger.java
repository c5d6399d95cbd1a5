package io.solargw.gateway.energy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every energy counter of the gateway, keyed by device and quantity, loaded from and saved to an
 * {@link EnergyStore}. Thread-safe: pollers feed it, the publisher reads it, a timer saves it.
 */
public final class EnergyLedger {

  private final EnergyStore store;
  private final Map<String, EnergyCounter> counters = new LinkedHashMap<>();
  private Map<String, EnergyStore.Stored> saved;

  /**
   * A ledger resumed from {@code store} (an unreadable store starts empty after moving it aside).
   */
  public EnergyLedger(EnergyStore store, Map<String, EnergyStore.Stored> loaded) {
    this.store = store;
    this.saved = Map.copyOf(loaded);
    loaded.forEach(
        (k, s) -> counters.put(k, new EnergyCounter(s.lifetimeKwh(), s.todayKwh(), s.day())));
  }

  /** The counter of {@code quantity} on {@code deviceId}, created at zero if new. */
  public synchronized EnergyCounter counter(String deviceId, EnergyQuantity quantity) {
    return counters.computeIfAbsent(
        deviceId + "/" + quantity.key(), k -> new EnergyCounter(0, 0, null));
  }

  /** Feeds a power sample. */
  public synchronized void addPower(
      String deviceId, EnergyQuantity q, double watts, long nanos, LocalDate today) {
    counter(deviceId, q).addPower(watts, nanos, today);
  }

  /** Follows a device lifetime counter. */
  public synchronized void followDevice(
      String deviceId, EnergyQuantity q, double kwh, LocalDate today) {
    counter(deviceId, q).followDevice(kwh, today);
  }

  /** Copies of all totals, keyed {@code device/quantity}. */
  public synchronized Map<String, EnergyStore.Stored> totals() {
    Map<String, EnergyStore.Stored> out = new LinkedHashMap<>();
    counters.forEach(
        (k, c) -> out.put(k, new EnergyStore.Stored(c.lifetimeKwh(), c.todayKwh(), c.day())));
    return out;
  }

  /**
   * The totals as last written to the store (or loaded from it). These are what the gateway
   * publishes: after a crash the ledger resumes from the store, so a published value that was never
   * saved would be followed by a smaller one — a counter going backwards. They lag the live totals
   * by at most the save interval.
   */
  public synchronized Map<String, EnergyStore.Stored> savedTotals() {
    return saved;
  }

  /** Writes every counter to the store, atomically. */
  public void save() throws IOException {
    Map<String, EnergyStore.Stored> now = totals();
    store.save(now);
    synchronized (this) {
      saved = Map.copyOf(now);
    }
  }
}
