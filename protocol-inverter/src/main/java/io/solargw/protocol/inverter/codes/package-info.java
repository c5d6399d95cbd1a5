/**
 * Fault and alarm code tables as data: the four active-code registers 0x0204..0x0207 hold one
 * decimal code each (inverter-modbus.md 5.1); the shipped table {@code codes/default-codes.yaml}
 * holds SRNE's codes 1..64 (5.2) and the manual's three-digit codes (seed 7.1, 7.2), and can be
 * swapped per device.
 */
package io.solargw.protocol.inverter.codes;
