package io.solargw.sim.can;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.GlobalEventExecutor;
import io.solargw.protocol.bms.canline.CanLineFormatter;
import io.solargw.protocol.bms.pylon.CanFrame;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A simulated SLCAN (Lawicel) USB-CAN adapter listening on the battery's CAN bus, served over TCP
 * (bridge it to a pty with {@link io.solargw.sim.wire.PtyBridge} to get a serial device). It
 * answers the adapter commands ({@code S6}, {@code O}, {@code C}, {@code V}, ...) and streams the
 * rack's frames as {@code t351...\r} lines once per period to every connected client.
 */
public final class SlcanServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SlcanServer.class);

  private final Supplier<List<CanFrame>> frames;
  private final Duration period;
  private EventLoopGroup group;
  private ChannelGroup clients;
  private Channel server;

  /**
   * @param frames the current frame set (called once per period)
   * @param period how often the battery broadcasts (Pylontech: about once per second)
   */
  public SlcanServer(Supplier<List<CanFrame>> frames, Duration period) {
    this.frames = frames;
    this.period = period;
  }

  /** Starts listening; port 0 picks a free port. Returns the bound address. */
  public synchronized InetSocketAddress start(InetSocketAddress bind) throws InterruptedException {
    group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    clients = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    server =
        new ServerBootstrap()
            .group(group)
            .channel(NioServerSocketChannel.class)
            .childHandler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel ch) {
                    clients.add(ch);
                    ch.pipeline().addLast(new CommandHandler());
                  }
                })
            .bind(bind)
            .sync()
            .channel();
    long ms = period.toMillis();
    group.scheduleAtFixedRate(this::broadcast, ms, ms, TimeUnit.MILLISECONDS);
    InetSocketAddress bound = (InetSocketAddress) server.localAddress();
    LOG.info("CAN (SLCAN) listening on {}:{}", bound.getHostString(), bound.getPort());
    return bound;
  }

  private void broadcast() {
    StringBuilder sb = new StringBuilder();
    for (CanFrame f : frames.get()) {
      sb.append(CanLineFormatter.slcan(f)).append(CanLineFormatter.SLCAN_TERMINATOR);
    }
    clients.writeAndFlush(Unpooled.copiedBuffer(sb, StandardCharsets.US_ASCII));
  }

  /**
   * Answers Lawicel commands: CR = OK, BEL = error (section "SLCAN" of docs/reference/bms-can.md).
   */
  private static final class CommandHandler extends ChannelInboundHandlerAdapter {
    private final StringBuilder line = new StringBuilder();

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
      ByteBuf in = (ByteBuf) msg;
      try {
        while (in.isReadable()) {
          char c = (char) in.readByte();
          if (c == '\r') {
            ctx.writeAndFlush(
                Unpooled.copiedBuffer(reply(line.toString()), StandardCharsets.US_ASCII));
            line.setLength(0);
          } else if (line.length() < 64) {
            line.append(c);
          }
        }
      } finally {
        in.release();
      }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      ctx.close();
    }

    private static String reply(String command) {
      if (command.isEmpty()) {
        return "\r";
      }
      return switch (command.charAt(0)) {
        case 'S', 's', 'O', 'L', 'C', 'Z', 'M', 'm' -> "\r";
        case 'V' -> "V1013\r";
        case 'N' -> "NSIM1\r";
        case 'F' -> "F00\r";
        default -> "\u0007";
      };
    }
  }

  @Override
  public synchronized void close() {
    if (server != null) {
      server.close().syncUninterruptibly();
      clients.close().syncUninterruptibly();
      server = null;
    }
    if (group != null) {
      group.shutdownGracefully(0, 200, TimeUnit.MILLISECONDS).syncUninterruptibly();
      group = null;
    }
  }
}
