package io.solargw.protocol.inverter.rtu;

/**
 * A Modbus RTU request the gateway sends (or the simulator receives): a read, a write-single or a
 * write-multiple.
 *
 * <p>Wire layout: address byte, function byte, function data, CRC-16/MODBUS low byte first
 * (inverter-modbus.md section 2).
 */
public sealed interface ModbusRequest
    permits ReadRequest, WriteSingleRequest, WriteMultipleRequest {

  /** Slave address 0..255: 0 is broadcast (no answer), 0xFF is SRNE's "whoever is there". */
  int unitId();

  /** The function byte. */
  int functionCode();

  /** The complete frame including the CRC. */
  byte[] toFrame();
}
