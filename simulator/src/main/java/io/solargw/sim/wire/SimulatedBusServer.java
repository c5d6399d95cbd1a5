package io.solargw.sim.wire;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.solargw.sim.fault.FaultInjector;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
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
  private EventLoopGroup group;
  private Channel serverChannel;

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
    if (serverChannel != null) {
      throw new IllegalStateException("bus " + name + " is already listening");
    }
    group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    ServerBootstrap bootstrap =
        new ServerBootstrap()
            .group(group)
            .channel(NioServerSocketChannel.class)
            .childHandler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel ch) {
                    ch.pipeline()
                        .addLast(
                            new BusConnectionHandler(protocol, timing, faults, statistics, line));
                  }
                });
    try {
      serverChannel = bootstrap.bind(bind).sync().channel();
    } catch (RuntimeException | InterruptedException e) {
      group.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
      group = null;
      throw e;
    }
    InetSocketAddress bound = (InetSocketAddress) serverChannel.localAddress();
    LOG.info("bus {} listening on {}:{}", name, bound.getHostString(), bound.getPort());
    return bound;
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
    if (serverChannel != null) {
      serverChannel.close().syncUninterruptibly();
      serverChannel = null;
    }
    if (group != null) {
      group.shutdownGracefully(0, 200, TimeUnit.MILLISECONDS).syncUninterruptibly();
      group = null;
    }
  }
}
