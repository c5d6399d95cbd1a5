package io.solargw.sim.site;

import java.util.List;

/**
 * One simulated battery pack at an instant. The pack voltage is the sum of its cells, so the two
 * always agree to the millivolt.
 *
 * @param address DIP-switch address 1..15 (pack 1 is the master)
 * @param cellMillivolts the 16 cell voltages
 * @param temperaturesCelsius 4 cell sensors, then MOSFET, then environment (PACE order)
 * @param amps pack current, positive = charging
 * @param remainingAh remaining capacity
 * @param fullAh full-charge capacity
 * @param designAh design capacity
 * @param cycles charge cycles
 * @param socPercent state of charge 0..100
 * @param sohPercent state of health 0..100
 * @param balancingCells 1-based indexes of the cells being balanced
 */
public record PackState(
    int address,
    List<Integer> cellMillivolts,
    List<Double> temperaturesCelsius,
    double amps,
    double remainingAh,
    double fullAh,
    double designAh,
    int cycles,
    double socPercent,
    double sohPercent,
    List<Integer> balancingCells) {

  public PackState {
    cellMillivolts = List.copyOf(cellMillivolts);
    temperaturesCelsius = List.copyOf(temperaturesCelsius);
    balancingCells = List.copyOf(balancingCells);
  }

  /** Pack voltage in millivolts: the sum of the cells. */
  public int millivolts() {
    return cellMillivolts.stream().mapToInt(Integer::intValue).sum();
  }
}
