/**
 * CAN frames as text lines: SLCAN/Lawicel, candump log, compact (cansend) and classic candump
 * output, parsed with per-line format detection and written back by the formatter.
 */
package io.solargw.protocol.bms.canline;
