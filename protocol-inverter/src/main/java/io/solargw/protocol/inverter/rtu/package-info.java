/**
 * Modbus RTU framing for SRNE-family inverters: read (0x03, 0x04), write-single (0x06) and
 * write-multiple (0x10) requests and answers, exception answers, CRC-16/MODBUS, and a
 * frame-boundary scanner for byte streams without RTU silence timing (inverter-modbus.md sections 2
 * and 7).
 *
 * <p>Master side: build a request, send {@code toFrame()}, find the answer's end with {@link
 * io.solargw.protocol.inverter.rtu.RtuFramer#scanResponse}, decode it with {@link
 * io.solargw.protocol.inverter.rtu.RtuCodec}. Slave (simulator) side: {@link
 * io.solargw.protocol.inverter.rtu.RtuFramer#scanRequest}, {@link
 * io.solargw.protocol.inverter.rtu.RtuSlaveCodec#decodeRequest}, then a response record's {@code
 * toFrame()}.
 */
package io.solargw.protocol.inverter.rtu;
