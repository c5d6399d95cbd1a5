package io.solargw.gateway.energy;

/** The energy flows the gateway counts for the Home Assistant energy dashboard. */
public enum EnergyQuantity {
  PV("pv"),
  LOAD("load"),
  GRID_IMPORT("grid_import"),
  BATTERY_CHARGE("battery_charge"),
  BATTERY_DISCHARGE("battery_discharge");

  private final String key;

  EnergyQuantity(String key) {
    this.key = key;
  }

  /** Name stem in published values: {@code pv} → {@code pv_energy_total_kWh}. */
  public String key() {
    return key;
  }
}
