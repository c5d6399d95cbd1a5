package io.solargw.sim.inverter.internal;

import io.solargw.sim.site.PackState;
import io.solargw.sim.site.SiteState;
import io.solargw.sim.site.UnitState;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything one unit's register image is computed from at an instant.
 *
 * @param site the whole site (stack sums, the battery rack)
 * @param state this unit's flows
 * @param unit this unit's memory
 * @param codes the active codes, at most 4, in slot order
 * @param outputVolts the output voltage setting E208 (inverting units regulate to it)
 * @param outputHertz the output frequency setting E209
 * @param ratedWatts nominal output power
 * @param start when the simulation started (power-on time)
 */
public record UnitView(
    SiteState site,
    UnitState state,
    SimulatedUnit unit,
    List<Integer> codes,
    double outputVolts,
    double outputHertz,
    int ratedWatts,
    LocalDateTime start) {

  /** The packs of the rack. */
  public List<PackState> packs() {
    return site.battery().packs();
  }

  /** Whether the unit inverts from battery/PV (machine state 5). */
  public boolean inverting() {
    return state.machineState() == 5;
  }

  /** The unit's clock: site time plus its offset. */
  public LocalDateTime clock() {
    return site.time().plusSeconds(unit.clockOffsetSeconds()).withNano(0);
  }
}
