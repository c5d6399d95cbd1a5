package io.solargw.sim.inverter.internal;

import io.solargw.sim.site.ChargePriority;
import io.solargw.sim.site.OutputPriority;
import io.solargw.sim.site.UnitSettings;
import java.util.Optional;
import java.util.Set;

/**
 * The settings registers the site model routes power by, both ways: [2] WFM, [7] CHM, [8] MCC, [27]
 * ACM and the SOC thresholds [43] GSD, [44] GRD, [45] OSD, [46] ORD (seed 4.2).
 */
public final class Routing {

  /** Setting codes whose writes change the power flows. */
  public static final Set<String> CODES =
      Set.of("WFM", "CHM", "MCC", "ACM", "GSD", "GRD", "OSD", "ORD");

  private Routing() {}

  /** Stores the site's routing settings in the unit's registers. */
  public static void store(SettingsMemory memory, SimulatedUnit unit, UnitSettings s) {
    memory.set(unit, "WFM", s.outputPriority().name());
    memory.set(unit, "CHM", s.chargePriority().name());
    memory.set(unit, "MCC", String.valueOf(s.maxChargeAmps()));
    memory.set(unit, "ACM", String.valueOf(s.maxAcChargeAmps()));
    memory.set(unit, "GSD", String.valueOf(s.gridDischargeCutoffSoc()));
    memory.set(unit, "GRD", String.valueOf(s.gridRecoverySoc()));
    memory.set(unit, "OSD", String.valueOf(s.offGridCutoffSoc()));
    memory.set(unit, "ORD", String.valueOf(s.offGridRecoverySoc()));
  }

  /**
   * The routing settings the unit's registers hold; what the site model cannot express falls back
   * to {@code previous} (CHM CUB, SRNE's utility-first charging, routes like SNU).
   */
  public static UnitSettings read(
      SettingsMemory memory, SimulatedUnit unit, UnitSettings previous) {
    OutputPriority wfm =
        memory
            .current(unit, "WFM")
            .flatMap(t -> parse(OutputPriority.class, t))
            .orElse(previous.outputPriority());
    ChargePriority chm =
        memory
            .current(unit, "CHM")
            .map(t -> t.equals("CUB") ? "SNU" : t)
            .flatMap(t -> parse(ChargePriority.class, t))
            .orElse(previous.chargePriority());
    return new UnitSettings(
        wfm,
        chm,
        (int) memory.number(unit, "MCC", previous.maxChargeAmps()),
        (int) memory.number(unit, "ACM", previous.maxAcChargeAmps()),
        (int) memory.number(unit, "GSD", previous.gridDischargeCutoffSoc()),
        (int) memory.number(unit, "GRD", previous.gridRecoverySoc()),
        (int) memory.number(unit, "OSD", previous.offGridCutoffSoc()),
        (int) memory.number(unit, "ORD", previous.offGridRecoverySoc()));
  }

  private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
    try {
      return Optional.of(Enum.valueOf(type, text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
