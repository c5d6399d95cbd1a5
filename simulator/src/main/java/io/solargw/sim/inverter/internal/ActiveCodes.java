package io.solargw.sim.inverter.internal;

import io.solargw.sim.site.SiteState;
import io.solargw.sim.site.UnitState;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The codes a unit shows in 0x0204-0x0207 (protocol doc 5.1: up to four, one decimal code each):
 * first those a scenario raised, then those the unit raises by itself. The simulated device uses
 * the manual's three-digit numbering (seed 7.1, in the default code table): alarm 103 grid
 * unavailable, fault 203 off-grid output overloaded (105 bypass overloaded while on the grid),
 * alarm 302 low battery, fault 510 mismatched software version when the stack's units do not all
 * run the same APP version.
 */
public final class ActiveCodes {

  /** Alarm 103: grid unavailable. */
  public static final int GRID_UNAVAILABLE = 103;

  /** Fault 105: bypass AC output overloaded. */
  public static final int BYPASS_OVERLOAD = 105;

  /** Fault 203: off-grid output overloaded. */
  public static final int OUTPUT_OVERLOAD = 203;

  /** Alarm 302: low battery. */
  public static final int LOW_BATTERY = 302;

  /** Fault 510: mismatched software version. */
  public static final int VERSION_MISMATCH = 510;

  /** Slots 0x0204-0x0207. */
  public static final int SLOTS = 4;

  private static final int MACHINE_STATE_MAINS = 4;
  private static final int MACHINE_STATE_STANDBY = 1;

  private ActiveCodes() {}

  /**
   * The active codes of {@code unit} in slot order, at most {@link #SLOTS}.
   *
   * @param versionsDiffer whether the stack's units run different APP versions
   * @param lowSocPercent the off-grid cut-off SOC [45] OSD of the unit
   */
  public static List<Integer> of(
      SimulatedUnit unit, SiteState site, boolean versionsDiffer, double lowSocPercent) {
    UnitState u = site.units().get(unit.index());
    Set<Integer> codes = new LinkedHashSet<>(unit.raised());
    if (!site.gridPresent()) {
      codes.add(GRID_UNAVAILABLE);
    }
    if (unit.overloaded()) {
      codes.add(u.machineState() == MACHINE_STATE_MAINS ? BYPASS_OVERLOAD : OUTPUT_OVERLOAD);
    }
    if (site.battery().socPercent() <= lowSocPercent
        || (!site.gridPresent() && u.machineState() == MACHINE_STATE_STANDBY)) {
      codes.add(LOW_BATTERY);
    }
    if (versionsDiffer) {
      codes.add(VERSION_MISMATCH);
    }
    List<Integer> out = new ArrayList<>(codes);
    return out.subList(0, Math.min(SLOTS, out.size()));
  }
}
