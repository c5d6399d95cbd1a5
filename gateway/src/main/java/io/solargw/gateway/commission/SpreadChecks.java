package io.solargw.gateway.commission;

import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Map;

/**
 * Balance checks: cell-voltage spread within each pack and between packs, cell-temperature spread
 * within and between packs, and SOC spread between packs. Thresholds are ours (the manuals give
 * none) and listed in docs/how-to/commissioning.md. Pure.
 */
public final class SpreadChecks {

  /** Cell spread within a pack: warn above, fail above. */
  static final int CELL_WARN_MV = 50;

  static final int CELL_FAIL_MV = 150;

  /** Spread of the packs' average cell voltages. */
  static final int PACKS_WARN_MV = 50;

  /** Temperature spread of cell sensors, within a pack and between packs' averages. */
  static final double TEMP_WARN_C = 8;

  /** SOC spread between packs: warn above, fail above. */
  static final double SOC_WARN_PCT = 10;

  static final double SOC_FAIL_PCT = 30;

  /** PACE packs report the cell sensors first (T1..T4), then MOSFET and ambient. */
  static final int CELL_SENSORS = 4;

  private SpreadChecks() {}

  /** The spread checks over the packs that answered. */
  public static List<Check> check(SiteReadings site) {
    Map<Integer, Map<String, Object>> packs = RackChecks.answered(site);
    List<Check> out = new ArrayList<>();
    DoubleSummaryStatistics avgCells = new DoubleSummaryStatistics();
    DoubleSummaryStatistics avgTemps = new DoubleSummaryStatistics();
    DoubleSummaryStatistics socs = new DoubleSummaryStatistics();
    List<String> cellEvidence = new ArrayList<>();
    List<String> tempEvidence = new ArrayList<>();
    List<String> socEvidence = new ArrayList<>();
    for (Map.Entry<Integer, Map<String, Object>> e : packs.entrySet()) {
      String device = "pack-" + e.getKey();
      Map<String, Object> v = e.getValue();
      DoubleSummaryStatistics cells = stats(Lookup.list(v, "cells_mV"), Integer.MAX_VALUE);
      DoubleSummaryStatistics temps = stats(Lookup.list(v, "temperatures_C"), CELL_SENSORS);
      if (cells.getCount() > 0) {
        out.add(cells(device, cells));
        avgCells.accept(cells.getAverage());
        cellEvidence.add(device + " average " + Math.round(cells.getAverage()) + " mV");
      }
      if (temps.getCount() > 0) {
        out.add(temps(device, temps));
        avgTemps.accept(temps.getAverage());
        tempEvidence.add(device + " average " + round1(temps.getAverage()) + " °C");
      }
      Lookup.number(v, "soc_pct")
          .ifPresent(
              s -> {
                socs.accept(s);
                socEvidence.add(device + " SOC " + round1(s) + " %");
              });
    }
    if (avgCells.getCount() > 1) {
      double d = avgCells.getMax() - avgCells.getMin();
      cellEvidence.add(0, "spread " + Math.round(d) + " mV (warn above " + PACKS_WARN_MV + ")");
      out.add(
          verdict(
              "rack.cells",
              "Cell voltages alike across packs",
              cellEvidence,
              d > PACKS_WARN_MV ? Verdict.WARN : Verdict.PASS,
              "Packs at different voltages were connected without equalising: charge each pack to"
                  + " full on its own (or leave the rack at rest, all breakers on) before use."));
    }
    if (avgTemps.getCount() > 1) {
      double d = avgTemps.getMax() - avgTemps.getMin();
      tempEvidence.add(0, "spread " + round1(d) + " °C (warn above " + TEMP_WARN_C + ")");
      out.add(
          verdict(
              "rack.temperatures",
              "Temperatures alike across packs",
              tempEvidence,
              d > TEMP_WARN_C ? Verdict.WARN : Verdict.PASS,
              "One pack runs warmer or colder: check its ventilation and that it is not next to a"
                  + " heat source; check the cable lengths (each pack's cables the same length)."));
    }
    if (socs.getCount() > 1) {
      double d = socs.getMax() - socs.getMin();
      socEvidence.add(
          0,
          "spread "
              + round1(d)
              + " % (warn above "
              + SOC_WARN_PCT
              + ", fail above "
              + SOC_FAIL_PCT
              + ")");
      out.add(
          verdict(
              "rack.soc",
              "State of charge alike across packs",
              socEvidence,
              d > SOC_FAIL_PCT ? Verdict.FAIL : d > SOC_WARN_PCT ? Verdict.WARN : Verdict.PASS,
              "The packs were at different charge when connected, or a pack's cables differ in"
                  + " length: charge the rack to full (all packs share the current evenly once"
                  + " balanced) and check that every pack's positive and negative cables are equal."));
    }
    return out;
  }

  private static Check cells(String device, DoubleSummaryStatistics s) {
    double d = s.getMax() - s.getMin();
    return verdict(
        "pack.cells",
        "Cell voltages balanced within the pack",
        List.of(
            device
                + " cells "
                + (int) s.getMin()
                + ".."
                + (int) s.getMax()
                + " mV, spread "
                + Math.round(d)
                + " mV (warn above "
                + CELL_WARN_MV
                + ", fail above "
                + CELL_FAIL_MV
                + ")"),
        d > CELL_FAIL_MV ? Verdict.FAIL : d > CELL_WARN_MV ? Verdict.WARN : Verdict.PASS,
        "Let the BMS balance the pack with a full charge and some hours at float; a cell that"
            + " stays far from the others is a defective cell: call the battery supplier.",
        device);
  }

  private static Check temps(String device, DoubleSummaryStatistics s) {
    double d = s.getMax() - s.getMin();
    return verdict(
        "pack.temperatures",
        "Cell temperatures alike within the pack",
        List.of(
            device
                + " cell sensors "
                + round1(s.getMin())
                + ".."
                + round1(s.getMax())
                + " °C, spread "
                + round1(d)
                + " °C (warn above "
                + TEMP_WARN_C
                + ")"),
        d > TEMP_WARN_C ? Verdict.WARN : Verdict.PASS,
        "A hot spot inside the pack: check the terminal torque and the cables on the hot side.",
        device);
  }

  private static Check verdict(
      String id, String title, List<String> evidence, Verdict v, String fix) {
    return verdict(id, title, evidence, v, fix, "rack");
  }

  private static Check verdict(
      String id, String title, List<String> evidence, Verdict v, String fix, String device) {
    return new Check(id, title, device, v, evidence, v == Verdict.PASS ? "" : fix);
  }

  private static DoubleSummaryStatistics stats(List<?> values, int first) {
    DoubleSummaryStatistics s = new DoubleSummaryStatistics();
    values.stream()
        .limit(first)
        .filter(o -> o instanceof Number)
        .forEach(o -> s.accept(((Number) o).doubleValue()));
    return s;
  }

  private static String round1(double d) {
    return String.valueOf(Math.round(d * 10) / 10.0);
  }
}
