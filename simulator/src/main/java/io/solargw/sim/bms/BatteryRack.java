package io.solargw.sim.bms;

import io.solargw.sim.bms.internal.PackView;
import io.solargw.sim.bms.internal.RackAnswers;
import io.solargw.sim.bms.internal.SimulatedPack;
import io.solargw.sim.site.BatteryState;
import io.solargw.sim.site.PackState;
import io.solargw.sim.site.SiteState;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * A rack of 1..15 simulated PACE packs on one RS485 bus, pack N at DIP address N and pack 1 the
 * master (bms.md 5.1-5.5). Readings come from the site model's battery; conditions (protections,
 * alarms, faults) are evaluated from them with {@link PackConditions} plus what scenarios force.
 * Scenarios may also move a pack's DIP address (missing or duplicated addresses, two masters), heat
 * its sensors or force conditions.
 *
 * <p>Thread-safe: the bus thread, the CAN broadcaster, the site driver and scenarios may call it
 * concurrently.
 */
public final class BatteryRack {

  private final PackThresholds thresholds;
  private final IntPredicate silent;
  private final List<SimulatedPack> packs = new ArrayList<>();
  private SiteState state;
  private List<PackView> views;
  private CanOffsets canOffsets = CanOffsets.NONE;

  /**
   * @param initial the site at start (its battery's pack count is the rack's)
   * @param thresholds where packs warn and protect
   * @param silent whether the pack with a DIP address is away (it neither answers nor is seen by
   *     the master)
   */
  public BatteryRack(SiteState initial, PackThresholds thresholds, IntPredicate silent) {
    this.thresholds = thresholds;
    this.silent = silent;
    for (PackState p : initial.battery().packs()) {
      packs.add(new SimulatedPack(p.address()));
    }
    this.state = initial;
  }

  /** Number of packs. */
  public int size() {
    return packs.size();
  }

  /** Takes the site's new state. */
  public synchronized void update(SiteState next) {
    state = next;
    views = null;
  }

  /**
   * The frames the packs put on the line for one request frame (already checked by the caller):
   * none, one, or several when addresses collide.
   */
  public synchronized List<Reply> handle(io.solargw.protocol.bms.pace.Frame request) {
    return RackAnswers.answer(request, views(), silent);
  }

  /**
   * The answers to a request whose checksum failed: the addressed pack answers RTN 0x02 (CHKSUM
   * error) or 0x03 (LCHKSUM error) as bms.md 2.3 and [PACE18 A.8] document.
   */
  public synchronized List<Reply> refuse(int address, int returnCode) {
    return RackAnswers.refuse(address, returnCode, views(), silent);
  }

  /** The battery as the packs measure it (with scenario temperature offsets), for CAN frames. */
  public synchronized BatteryState battery() {
    BatteryState b = state.battery();
    return new BatteryState(
        b.socPercent(), b.volts(), b.amps(), views().stream().map(PackView::state).toList());
  }

  /** Each pack's active conditions, in pack order. */
  public synchronized List<Set<PackCondition>> conditions() {
    return views().stream().map(PackView::conditions).toList();
  }

  /** Forces ({@code on}) or releases a condition on pack {@code position} (1-based). */
  public synchronized void force(int position, PackCondition condition, boolean on) {
    Set<PackCondition> forced = pack(position).forced();
    if (on) {
      forced.add(condition);
    } else {
      forced.remove(condition);
    }
    views = null;
  }

  /** Releases every forced condition and temperature offset of a pack. */
  public synchronized void clear(int position) {
    pack(position).forced().clear();
    pack(position).temperatureOffsets(0, 0);
    views = null;
  }

  /** Heats a pack's cell sensors and MOSFET sensor by the given degrees above the model. */
  public synchronized void setTemperatureOffsets(int position, double cells, double mosfet) {
    pack(position).temperatureOffsets(cells, mosfet);
    views = null;
  }

  /** Sets the DIP address of pack {@code position} (1..15; 1 makes it a master). */
  public synchronized void setDipAddress(int position, int address) {
    if (address < 0 || address > 15) {
      throw new IllegalArgumentException("address must be in 0..15 (DIP switch), got " + address);
    }
    pack(position).dipAddress(address);
    views = null;
  }

  /** Offsets the master's CAN frames from the RS485 values (all zero: none). */
  public synchronized void setCanOffsets(CanOffsets offsets) {
    canOffsets = offsets;
  }

  /** The offsets of the master's CAN frames from the RS485 values. */
  public synchronized CanOffsets canOffsets() {
    return canOffsets;
  }

  /** The DIP address of pack {@code position}. */
  public synchronized int dipAddress(int position) {
    return pack(position).dipAddress();
  }

  private SimulatedPack pack(int position) {
    if (position < 1 || position > packs.size()) {
      throw new IllegalArgumentException(
          "pack must be in 1.." + packs.size() + ", got " + position);
    }
    return packs.get(position - 1);
  }

  private List<PackView> views() {
    if (views == null) {
      views = RackAnswers.views(state, packs, thresholds);
    }
    return views;
  }

  /**
   * What one pack puts on the line.
   *
   * @param address the pack's DIP address (fault injection is per address)
   * @param wire the frame
   */
  public record Reply(int address, byte[] wire) {
    /** Copies the bytes. */
    public Reply {
      wire = wire.clone();
    }

    @Override
    public byte[] wire() {
      return wire.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Reply r && address == r.address && Arrays.equals(wire, r.wire);
    }

    @Override
    public int hashCode() {
      return 31 * address + Arrays.hashCode(wire);
    }

    @Override
    public String toString() {
      return "Reply[address="
          + address
          + ", wire="
          + new String(wire, StandardCharsets.US_ASCII).strip()
          + "]";
    }
  }
}
