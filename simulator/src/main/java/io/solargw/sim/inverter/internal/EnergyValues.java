package io.solargw.sim.inverter.internal;

/**
 * Energy statistics 0xF000-0xF061 of one unit (protocol doc 3.4). Totals are rounded down to the
 * register unit so that a published total never runs ahead of the energy that really flowed and
 * never goes backwards. This off-grid unit never exports: the export counters stay 0 (doc 3.4, "0
 * on off-grid units").
 */
final class EnergyValues {

  private EnergyValues() {}

  static void statistics(UnitView v, Values out) {
    UnitCounters c = v.unit().counters();
    for (int d = 1; d <= UnitCounters.HISTORY_DAYS; d++) {
      out.num("pv_energy_day_minus_" + d + "_kWh", tenths(c.daysAgo(Counter.PV_KWH, d)))
          .num(
              "battery_charge_day_minus_" + d + "_Ah",
              whole(c.daysAgo(Counter.BATTERY_CHARGE_AH, d)))
          .num(
              "battery_discharge_day_minus_" + d + "_Ah",
              whole(c.daysAgo(Counter.BATTERY_DISCHARGE_AH, d)))
          .num("ac_charge_day_minus_" + d + "_Ah", whole(c.daysAgo(Counter.AC_CHARGE_AH, d)))
          .num("load_energy_day_minus_" + d + "_kWh", tenths(c.daysAgo(Counter.LOAD_KWH, d)))
          .num(
              "load_from_grid_day_minus_" + d + "_kWh",
              tenths(c.daysAgo(Counter.LOAD_FROM_GRID_KWH, d)));
    }
    out.num("grid_export_today_kWh", 0)
        .num("battery_charge_today_Ah", whole(c.today(Counter.BATTERY_CHARGE_AH)))
        .num("battery_discharge_today_Ah", whole(c.today(Counter.BATTERY_DISCHARGE_AH)))
        .num("pv_energy_today_kWh", tenths(c.today(Counter.PV_KWH)))
        .num("load_energy_today_kWh", tenths(c.today(Counter.LOAD_KWH)))
        .num("operating_time_total_days", c.operatingDays())
        .num("grid_export_total_kWh", 0)
        .num("battery_charge_total_Ah", whole(c.total(Counter.BATTERY_CHARGE_AH)))
        .num("battery_discharge_total_Ah", whole(c.total(Counter.BATTERY_DISCHARGE_AH)))
        .num("pv_energy_total_kWh", tenths(c.total(Counter.PV_KWH)))
        .num("load_energy_total_kWh", tenths(c.total(Counter.LOAD_KWH)))
        .num("ac_charge_today_Ah", whole(c.today(Counter.AC_CHARGE_AH)))
        .num("load_from_grid_today_kWh", tenths(c.today(Counter.LOAD_FROM_GRID_KWH)))
        .num("inverter_time_today_min", whole(c.today(Counter.INVERTER_MINUTES)))
        .num("bypass_time_today_min", whole(c.today(Counter.BYPASS_MINUTES)))
        .time("power_on_time", v.start().withNano(0))
        .time("last_equalize_time", v.start().minusDays(12).withHour(9).withMinute(0).withSecond(0))
        .num("ac_charge_total_Ah", whole(c.total(Counter.AC_CHARGE_AH)))
        .num("load_from_grid_total_kWh", tenths(c.total(Counter.LOAD_FROM_GRID_KWH)))
        .num("inverter_time_total_h", whole(c.total(Counter.INVERTER_MINUTES) / 60))
        .num("bypass_time_total_h", whole(c.total(Counter.BYPASS_MINUTES) / 60))
        .num("battery_charge_energy_today_kWh", tenths(c.today(Counter.BATTERY_CHARGE_KWH)))
        .num("battery_discharge_energy_today_kWh", tenths(c.today(Counter.BATTERY_DISCHARGE_KWH)))
        .num("battery_charge_energy_total_kWh", tenths(c.total(Counter.BATTERY_CHARGE_KWH)))
        .num("battery_discharge_energy_total_kWh", tenths(c.total(Counter.BATTERY_DISCHARGE_KWH)))
        .num("ac_charge_energy_total_kWh", tenths(c.total(Counter.AC_CHARGE_KWH)));
  }

  /** Rounded down to 0.1 (kWh registers count tenths). */
  private static double tenths(double v) {
    return Math.floor(v * 10 + 1e-9) / 10;
  }

  /** Rounded down to a whole unit (Ah, minutes, hours). */
  private static double whole(double v) {
    return Math.floor(v + 1e-9);
  }
}
