package io.solargw.gateway.bus;

import java.io.IOException;

/**
 * A device poller that speaks Modbus requests rather than bytes, so it can also run on a Modbus TCP
 * bus ({@link BusWorker#modbusTcp}). On a byte bus its {@link #poll(BusTransactor)} wraps the
 * transactor in an RTU channel.
 */
public interface ModbusPoller extends DevicePoller {

  /** {@link DevicePoller#poll} over a Modbus channel. */
  boolean poll(ModbusChannel bus) throws IOException, InterruptedException;
}
