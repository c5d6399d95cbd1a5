/**
 * Inverter-side protocol: Modbus RTU frames, register-map profiles, read planning, decoding into
 * the manual's real-time pages, fault/alarm code tables and settings. Pure: no threads, clocks,
 * sockets or logging.
 */
package io.solargw.protocol.inverter;
