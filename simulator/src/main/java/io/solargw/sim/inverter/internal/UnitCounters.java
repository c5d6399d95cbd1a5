package io.solargw.sim.inverter.internal;

import io.solargw.sim.site.UnitEnergy;
import io.solargw.sim.site.UnitState;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * A unit's energy statistics as its firmware keeps them: totals that only grow, "today" values that
 * restart at midnight and the last 7 days (protocol doc 3.4, F000 = yesterday). The site model
 * integrates PV, load and battery energy; grid charging, load fed from the grid and running times
 * are integrated here from the unit's flows.
 */
public final class UnitCounters {

  /** Days of history the firmware keeps (F000..F006 = yesterday .. 7 days ago). */
  public static final int HISTORY_DAYS = 7;

  private static final int MACHINE_STATE_MAINS = 4;
  private static final int MACHINE_STATE_INVERTER = 5;

  private final int size = Counter.values().length;
  private final double[] integrated = new double[size];
  private final double[] totals = new double[size];
  private final double[] marks = new double[size];
  private final double[][] history = new double[size][HISTORY_DAYS];
  private final LocalDate firstDay;
  private LocalDate day;

  /**
   * @param start the simulated time the unit was switched on
   */
  public UnitCounters(LocalDateTime start) {
    this.firstDay = start.toLocalDate();
    this.day = firstDay;
  }

  /**
   * Takes one step of {@code seconds} that ended at {@code time} with the unit in state {@code u}.
   */
  public void update(UnitState u, LocalDateTime time, double seconds) {
    LocalDate today = time.toLocalDate();
    if (today.isAfter(day)) {
      rollOver((int) ChronoUnit.DAYS.between(day, today));
      day = today;
    }
    double h = seconds / 3600;
    integrated[Counter.AC_CHARGE_AH.ordinal()] += u.acChargeAmps() * h;
    integrated[Counter.AC_CHARGE_KWH.ordinal()] += u.acChargeAmps() * u.batteryVolts() * h / 1000;
    if (u.machineState() == MACHINE_STATE_MAINS) {
      integrated[Counter.LOAD_FROM_GRID_KWH.ordinal()] += u.loadWatts() * h / 1000;
      integrated[Counter.BYPASS_MINUTES.ordinal()] += seconds / 60;
    } else if (u.machineState() == MACHINE_STATE_INVERTER) {
      integrated[Counter.INVERTER_MINUTES.ordinal()] += seconds / 60;
    }
    copyTotals(u.energy());
  }

  private void copyTotals(UnitEnergy e) {
    System.arraycopy(integrated, 0, totals, 0, size);
    totals[Counter.PV_KWH.ordinal()] = e.pvKwhTotal();
    totals[Counter.LOAD_KWH.ordinal()] = e.loadKwhTotal();
    totals[Counter.BATTERY_CHARGE_AH.ordinal()] = e.batteryChargeAhTotal();
    totals[Counter.BATTERY_DISCHARGE_AH.ordinal()] = e.batteryDischargeAhTotal();
    totals[Counter.BATTERY_CHARGE_KWH.ordinal()] = e.batteryChargeKwhTotal();
    totals[Counter.BATTERY_DISCHARGE_KWH.ordinal()] = e.batteryDischargeKwhTotal();
  }

  /** Midnight passed {@code days} times: yesterday's values move into the history. */
  private void rollOver(int days) {
    for (int c = 0; c < size; c++) {
      for (int d = 0; d < days; d++) {
        System.arraycopy(history[c], 0, history[c], 1, HISTORY_DAYS - 1);
        history[c][0] = d == 0 ? totals[c] - marks[c] : 0;
      }
      marks[c] = totals[c];
    }
  }

  /** The total since the unit was first switched on. */
  public double total(Counter c) {
    return totals[c.ordinal()];
  }

  /** The amount since the last midnight. */
  public double today(Counter c) {
    return totals[c.ordinal()] - marks[c.ordinal()];
  }

  /** The amount of {@code daysAgo} (1 = yesterday .. 7), 0 before the unit existed. */
  public double daysAgo(Counter c, int daysAgo) {
    return history[c.ordinal()][daysAgo - 1];
  }

  /** Days the unit has run, counting the first day as 1. */
  public int operatingDays() {
    return (int) ChronoUnit.DAYS.between(firstDay, day) + 1;
  }
}
