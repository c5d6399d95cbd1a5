package io.solargw.gateway.bus;

import io.solargw.protocol.inverter.rtu.ModbusRequest;
import java.io.IOException;

/**
 * Modbus transactions on an inverter bus, one at a time on the bus thread: RTU frames over a serial
 * port or RS485-over-TCP converter ({@code poll.RtuChannel}), or Modbus TCP through a gateway
 * ({@link ModbusTcpChannel}). Pollers and settings writes speak requests and responses, so they run
 * unchanged on either; both count into the same {@link BusCounters}.
 */
public interface ModbusChannel {

  /**
   * Sends {@code request} and waits for its answer.
   *
   * @throws IOException when the link breaks (the bus worker closes and reopens it)
   */
  ModbusOutcome transact(ModbusRequest request) throws IOException, InterruptedException;

  /** Timeout, gap and retries of the bus. */
  BusTiming timing();

  /** Where the bus counts. */
  BusCounters counters();
}
