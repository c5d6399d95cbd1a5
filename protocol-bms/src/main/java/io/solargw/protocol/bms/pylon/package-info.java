/**
 * Pylontech-compatible CAN frames (battery to inverter, 500 kbit/s, 11-bit ids, little-endian
 * fields; bms.md section 6): {@link io.solargw.protocol.bms.pylon.CanFrame}, one record per frame
 * id in the sealed {@link io.solargw.protocol.bms.pylon.PylonCanMessage} family, the codec and the
 * JSON mapping. Reference: docs/reference/bms-can.md.
 */
package io.solargw.protocol.bms.pylon;
