/**
 * The simulated inverter stack: 1..9 SRNE units on one RS485 bus, each a Modbus slave serving the
 * register map of a protocol-inverter profile. Register images are encoded from the site model
 * through the profile's point specs ({@link io.solargw.sim.inverter.PointEncoder}, the inverse of
 * the decoder); reads, writes and exceptions follow the firmware as protocol doc sections 2-5
 * describe it.
 */
package io.solargw.sim.inverter;
