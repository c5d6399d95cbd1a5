package io.solargw.gateway.bus;

import java.io.IOException;

/**
 * A Modbus TCP connection: only {@link ModbusPoller}s and {@link ModbusJob}s run on it (a byte
 * protocol such as PACE cannot travel inside Modbus TCP frames; the configuration allows this
 * transport on inverter buses only).
 */
record ModbusTcpLine(ModbusTcpChannel channel) implements BusLine {

  @Override
  public void open() throws IOException {
    channel.open();
  }

  @Override
  public boolean isOpen() {
    return channel.isOpen();
  }

  @Override
  public void close() {
    channel.close();
  }

  @Override
  public String describe() {
    return channel.describe();
  }

  @Override
  public boolean poll(DevicePoller poller) throws IOException, InterruptedException {
    return ((ModbusPoller) poller).poll(channel);
  }

  @Override
  public <T> T run(BusJob<T> job) throws IOException, InterruptedException {
    if (job instanceof ModbusJob<T> modbus) {
      return modbus.run(channel);
    }
    throw new IllegalArgumentException(
        "this job sends raw bytes and cannot run on the Modbus TCP bus " + channel.describe());
  }
}
