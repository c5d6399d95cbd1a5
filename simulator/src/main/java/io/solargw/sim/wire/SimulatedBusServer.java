package io.solargw.sim.wire;

import io.solargw.sim.fault.FaultInjector;
import java.net.InetSocketAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One simulated RS485 bus served over TCP, as an RS485-to-Ethernet converter in raw mode does. All
 * connections share one event-loop thread, so transactions on the bus are strictly serial, like the
 * half-duplex wire.
 */
public final class SimulatedBusServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SimulatedBusServer.class);

  private final String name;
  private final BusProtocol protocol;
  private final WireTiming timing;
  private final FaultInjector faults;
  private final BusStatistics statistics = new BusStatistics();
  private final WireLine line = new WireLine();
  private final SingleThreadListener listener = new SingleThreadListener();
  private volatile WireTap tap = WireTap.NONE;

  /**
   * @param name the bus name, for logs
   * @param protocol frames and answers of the devices on this bus
   * @param timing baud-rate pacing and device turnaround
   * @param faults what to damage
   */
  public SimulatedBusServer(
      String name, BusProtocol protocol, WireTiming timing, FaultInjector faults) {
    this.name = name;
    this.protocol = protocol;
    this.timing = timing;
    this.faults = faults;
  }

  /** Starts listening; port 0 picks a free port. Returns the bound address. */
  public synchronized InetSocketAddress start(InetSocketAddress bind) throws InterruptedException {
    InetSocketAddress bound =
        listener.start(
            bind,
            () ->
                new BusConnectionHandler(
                    protocol,
                    timing,
                    faults,
                    statistics,
                    line,
                    name,
                    (bus, device, request, answer, fault) ->
                        tap.served(bus, device, request, answer, fault)));
    LOG.info("bus {} listening on {}:{}", name, bound.getHostString(), bound.getPort());
    return bound;
  }

  /** Shows every answer written from now on to {@code wireTap}. */
  public void tap(WireTap wireTap) {
    this.tap = wireTap;
  }

  /**
   * Closes every client connection but keeps listening, like a converter that resets its TCP
   * sessions (or a Wi-Fi link that drops): clients must reconnect. Returns how many were closed.
   */
  public int dropConnections() {
    return listener.dropConnections();
  }

  /** Counters of what the bus saw and sent. */
  public BusStatistics statistics() {
    return statistics;
  }

  /** The fault injector of this bus (scenarios change it while running). */
  public FaultInjector faults() {
    return faults;
  }

  /** Closes every connection and the listening socket, like pulling the converter's cable. */
  @Override
  public synchronized void close() {
    listener.close();
  }
}
