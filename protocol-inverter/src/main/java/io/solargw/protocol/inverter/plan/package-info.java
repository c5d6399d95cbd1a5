/**
 * Read planning: which register blocks to read so that every wanted register is covered with the
 * fewest Modbus transactions, without touching registers a device refuses (inverter-modbus.md 2.3,
 * 2.4 item 1 and 7 item 2). Pure functions and immutable state; no clocks.
 */
package io.solargw.protocol.inverter.plan;
