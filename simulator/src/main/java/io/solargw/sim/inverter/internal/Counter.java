package io.solargw.sim.inverter.internal;

/**
 * The running totals a unit keeps (energy statistics area F000-F061, protocol doc 3.4), each with a
 * "today" value and a 7-day history.
 */
public enum Counter {
  PV_KWH,
  LOAD_KWH,
  LOAD_FROM_GRID_KWH,
  BATTERY_CHARGE_AH,
  BATTERY_DISCHARGE_AH,
  BATTERY_CHARGE_KWH,
  BATTERY_DISCHARGE_KWH,
  AC_CHARGE_AH,
  AC_CHARGE_KWH,
  INVERTER_MINUTES,
  BYPASS_MINUTES
}
