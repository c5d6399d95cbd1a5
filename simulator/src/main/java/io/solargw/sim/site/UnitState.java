package io.solargw.sim.site;

/**
 * One inverter of the stack at an instant. Power balance holds per unit: {@code pvWatts + gridWatts
 * = loadWatts + batteryWatts} (no conversion losses are modelled).
 *
 * @param index 0-based position in the stack (0 is the master)
 * @param phase output phase
 * @param machineState SRNE machine state (protocol doc 3.5, V1.5+ column): 1 standby, 4 AC
 *     operation (bypass), 5 inverter operation
 * @param batteryAmps battery current, positive = charging
 * @param batteryWatts battery power, positive = charging
 * @param gridWatts power drawn from the grid (load on bypass plus grid charging)
 */
public record UnitState(
    int index,
    Phase phase,
    int machineState,
    double pvVolts,
    double pvAmps,
    double pvWatts,
    double loadWatts,
    double loadVoltAmps,
    double loadAmps,
    int loadPercent,
    double outputVolts,
    double outputHertz,
    double gridVolts,
    double gridHertz,
    double gridAmps,
    double gridWatts,
    double batteryVolts,
    double batteryAmps,
    double batteryWatts,
    double pvChargeAmps,
    double acChargeAmps,
    double busVolts,
    double dcDcCelsius,
    double inverterCelsius,
    double transformerCelsius,
    double ambientCelsius,
    UnitEnergy energy) {

  /** True when this unit is the parallel master. */
  public boolean master() {
    return index == 0;
  }
}
