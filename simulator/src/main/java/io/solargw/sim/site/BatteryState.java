package io.solargw.sim.site;

import java.util.List;

/**
 * The battery rack at an instant.
 *
 * @param socPercent capacity-weighted state of charge of the rack
 * @param volts rack voltage (packs are in parallel: the mean of the pack voltages)
 * @param amps total current, positive = charging
 * @param packs every pack, in address order
 */
public record BatteryState(double socPercent, double volts, double amps, List<PackState> packs) {

  public BatteryState {
    packs = List.copyOf(packs);
  }

  /** Battery power in watts, positive = charging. */
  public double watts() {
    return volts * amps;
  }
}
