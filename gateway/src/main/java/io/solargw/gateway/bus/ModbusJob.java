package io.solargw.gateway.bus;

import java.io.IOException;

/**
 * A bus job that speaks Modbus requests rather than bytes (a settings write), so it also runs on a
 * Modbus TCP bus. On a byte bus its {@link #run(BusTransactor)} wraps the transactor in an RTU
 * channel.
 *
 * @param <T> what the job produces
 */
public interface ModbusJob<T> extends BusJob<T> {

  /** {@link BusJob#run} over a Modbus channel. */
  T run(ModbusChannel bus) throws IOException, InterruptedException;
}
