package io.solargw.sim.site;

import java.time.LocalDateTime;
import java.util.List;

/** The whole simulated site at an instant: every inverter and the battery rack. */
public record SiteState(
    LocalDateTime time, boolean gridPresent, List<UnitState> units, BatteryState battery) {

  public SiteState {
    units = List.copyOf(units);
  }

  /** Sum of PV power over the stack. */
  public double pvWatts() {
    return units.stream().mapToDouble(UnitState::pvWatts).sum();
  }

  /** Sum of load power over the stack. */
  public double loadWatts() {
    return units.stream().mapToDouble(UnitState::loadWatts).sum();
  }

  /** Sum of grid power over the stack. */
  public double gridWatts() {
    return units.stream().mapToDouble(UnitState::gridWatts).sum();
  }

  /** Sum of battery power over the stack, positive = charging. */
  public double batteryWatts() {
    return units.stream().mapToDouble(UnitState::batteryWatts).sum();
  }
}
