package io.solargw.sim.wire;

import io.solargw.sim.fault.FaultInjector;
import java.net.InetSocketAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Modbus TCP (MBAP) server in front of a simulated RTU bus, as an RS485-to-Ethernet converter in
 * "Modbus TCP to RTU" mode is: each MBAP request becomes an RTU frame on the bus (paced at the
 * bus's baud rate, one transaction at a time for all clients) and the unit's answer goes back with
 * the request's transaction id. The converter discards what its RTU side cannot use: a missing,
 * damaged, collided or wrong-address answer produces no MBAP answer at all, so the client times
 * out; a late answer arrives late.
 */
public final class ModbusTcpServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ModbusTcpServer.class);

  private final String name;
  private final BusProtocol rtu;
  private final WireTiming timing;
  private final FaultInjector faults;
  private final BusStatistics statistics = new BusStatistics();
  private final WireLine line = new WireLine();
  private final SingleThreadListener listener = new SingleThreadListener();

  /**
   * @param name for logs
   * @param rtu the RTU devices behind the converter
   * @param timing the RS485 side's baud rate and the devices' turnaround
   * @param faults what happens to the devices' answers on the RS485 side
   */
  public ModbusTcpServer(String name, BusProtocol rtu, WireTiming timing, FaultInjector faults) {
    this.name = name;
    this.rtu = rtu;
    this.timing = timing;
    this.faults = faults;
  }

  /** Starts listening; port 0 picks a free port. Returns the bound address. */
  public synchronized InetSocketAddress start(InetSocketAddress bind) throws InterruptedException {
    InetSocketAddress bound =
        listener.start(
            bind, () -> new MbapConnectionHandler(rtu, timing, faults, statistics, line));
    LOG.info("Modbus TCP {} listening on {}:{}", name, bound.getHostString(), bound.getPort());
    return bound;
  }

  /** Counters of what the server saw and sent. */
  public BusStatistics statistics() {
    return statistics;
  }

  @Override
  public synchronized void close() {
    listener.close();
  }
}
