/**
 * Faithful device simulators for tests, the demo and benchmarks. {@link io.solargw.sim.Simulation}
 * starts a whole site from {@link io.solargw.sim.SimulationOptions}: an SRNE inverter stack on an
 * RS485 bus (Modbus RTU over TCP, optionally Modbus TCP), a PACE battery rack on a second bus, the
 * rack's Pylontech CAN frames through a simulated SLCAN adapter, ptys for the buses, and a clock
 * driving the site model. How to use it: {@code docs/how-to/simulator.md}; what every option and
 * scenario does on the wire: {@code docs/reference/simulator.md}.
 */
package io.solargw.sim;
