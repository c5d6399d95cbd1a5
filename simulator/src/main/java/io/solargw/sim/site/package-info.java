/**
 * The simulated solar site behind the devices: sun, household load, grid, the inverters' power
 * routing and the battery's energy balance. Deterministic for a given seed and time step, so tests
 * can assert physics (power balance, SOC bounds, monotonic counters) over a simulated day.
 */
package io.solargw.sim.site;
