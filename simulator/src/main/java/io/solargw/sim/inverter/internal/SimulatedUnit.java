package io.solargw.sim.inverter.internal;

import io.solargw.sim.inverter.UnitIdentity;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The mutable memory of one simulated inverter: its identity, the registers it stores (settings,
 * setting read-backs), the codes a scenario raised, whether it is overloaded, its clock offset and
 * its energy statistics. Guarded by the stack's lock.
 */
public final class SimulatedUnit {

  private final int index;
  private UnitIdentity identity;
  private final Map<Integer, Integer> stored = new TreeMap<>();
  private final Set<Integer> raised = new LinkedHashSet<>();
  private final UnitCounters counters;
  private boolean overloaded;
  private long clockOffsetSeconds;

  /**
   * @param index 0-based position in the stack
   * @param identity address, serial, versions
   * @param start when the unit was switched on (simulated time)
   */
  public SimulatedUnit(int index, UnitIdentity identity, LocalDateTime start) {
    this.index = index;
    this.identity = identity;
    this.counters = new UnitCounters(start);
  }

  public int index() {
    return index;
  }

  public UnitIdentity identity() {
    return identity;
  }

  public void identity(UnitIdentity id) {
    this.identity = id;
  }

  /** The Modbus address the unit answers: E200 as stored (a write to PDI moves the unit). */
  public int address() {
    return identity.address();
  }

  /** Stored register words (settings and setting read-backs), address → word. */
  public Map<Integer, Integer> stored() {
    return stored;
  }

  /** Codes raised by scenarios, in the order raised. */
  public List<Integer> raised() {
    return new ArrayList<>(raised);
  }

  public void raise(int code) {
    raised.add(code);
  }

  public void clear(int code) {
    raised.remove(code);
  }

  public void clearAll() {
    raised.clear();
  }

  public boolean overloaded() {
    return overloaded;
  }

  public void overloaded(boolean on) {
    this.overloaded = on;
  }

  public UnitCounters counters() {
    return counters;
  }

  /** Seconds the unit's RTC runs ahead of the site clock (set by writing 0x020C-0x020E). */
  public long clockOffsetSeconds() {
    return clockOffsetSeconds;
  }

  public void clockOffsetSeconds(long seconds) {
    this.clockOffsetSeconds = seconds;
  }
}
