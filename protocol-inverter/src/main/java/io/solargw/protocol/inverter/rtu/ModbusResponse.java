package io.solargw.protocol.inverter.rtu;

/**
 * A Modbus RTU answer: read registers, a write echo, or an exception answer.
 *
 * <p>Wire layout: address byte, function byte (| 0x80 for an exception), data, CRC-16/MODBUS low
 * byte first (inverter-modbus.md section 2).
 */
public sealed interface ModbusResponse
    permits ReadResponse, WriteSingleResponse, WriteMultipleResponse, ExceptionResponse {

  /** The answering slave's address, 1..247 for a real device. */
  int unitId();

  /** The function byte of the request this answers (without the exception flag). */
  int functionCode();

  /** The complete frame including the CRC (the simulator sends this). */
  byte[] toFrame();
}
