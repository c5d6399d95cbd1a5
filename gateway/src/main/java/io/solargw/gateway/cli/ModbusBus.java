package io.solargw.gateway.cli;

import io.solargw.gateway.bus.BusCounters;
import io.solargw.gateway.bus.BusTiming;
import io.solargw.gateway.bus.BusTransactor;
import io.solargw.gateway.bus.ModbusChannel;
import io.solargw.gateway.bus.ModbusTcpChannel;
import io.solargw.gateway.poll.RtuChannel;
import io.solargw.gateway.transport.Link;
import java.io.IOException;

/**
 * The inverter bus of a one-off command, open: RTU frames over a serial port or converter, or a
 * Modbus TCP gateway, behind one {@link ModbusChannel}.
 */
final class ModbusBus implements AutoCloseable {

  private final ModbusChannel channel;
  private final Runnable closer;
  private final String where;

  private ModbusBus(ModbusChannel channel, Runnable closer, String where) {
    this.channel = channel;
    this.closer = closer;
    this.where = where;
  }

  /** Opens the bus {@code options} name; throws with a readable message when it is not there. */
  static ModbusBus open(BusOptions options, BusTiming timing) throws IOException {
    if (options.isModbusTcp()) {
      ModbusTcpChannel tcp = new ModbusTcpChannel(options.modbusTcp(timing), new BusCounters());
      tcp.open();
      return new ModbusBus(tcp, tcp::close, tcp.describe());
    }
    Link link = options.link();
    link.open();
    return new ModbusBus(
        new RtuChannel(new BusTransactor(link, timing, new BusCounters())),
        link::close,
        link.describe());
  }

  ModbusChannel channel() {
    return channel;
  }

  /** Where the bus goes, for messages. */
  String describe() {
    return where;
  }

  @Override
  public void close() {
    closer.run();
  }
}
