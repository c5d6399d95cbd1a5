/**
 * Battery-side protocols: PACE-style RS485/RS232 ASCII frames (VER 0x25, and Pylontech VER 0x20
 * answers that share the envelope) and Pylontech-compatible CAN frames. Pure: bytes in, immutable
 * values out; no threads, clocks, sockets or logging.
 */
package io.solargw.protocol.bms;
