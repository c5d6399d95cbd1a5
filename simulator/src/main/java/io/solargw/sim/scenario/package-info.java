/**
 * Scenarios: what can go wrong on a site (grid failure, fault codes, overload, firmware mismatch, a
 * misconfigured unit, silent devices, pack protections, address mistakes), as an API ({@link
 * io.solargw.sim.scenario.ScenarioControl}) and as a YAML file of timed steps ({@link
 * io.solargw.sim.scenario.ScenarioFile}).
 */
package io.solargw.sim.scenario;
