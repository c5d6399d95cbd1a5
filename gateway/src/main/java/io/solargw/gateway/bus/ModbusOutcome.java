package io.solargw.gateway.bus;

import io.solargw.protocol.inverter.InverterProtocolException;
import io.solargw.protocol.inverter.rtu.ModbusResponse;

/** How one Modbus transaction ended, whatever carried it (RTU bytes or Modbus TCP). */
public sealed interface ModbusOutcome {

  /**
   * The device answered: registers, a write echo, or an {@code ExceptionResponse} carrying its
   * exception code.
   */
  record Answered(ModbusResponse response) implements ModbusOutcome {}

  /**
   * No complete answer came within the timeout.
   *
   * @param detail what did arrive, e.g. {@code 3 bytes came}, for the device's problem text
   */
  record TimedOut(String detail) implements ModbusOutcome {}

  /**
   * An answer came but could not be taken (CRC, length, address, function, echo): never a value.
   * The channel has counted it by reason.
   */
  record Garbled(InverterProtocolException error) implements ModbusOutcome {}
}
