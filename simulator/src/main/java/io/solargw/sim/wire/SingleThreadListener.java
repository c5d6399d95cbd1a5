package io.solargw.sim.wire;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A Netty TCP listener whose connections all share ONE event-loop thread, so everything said on a
 * simulated bus happens strictly one after another, like on the half-duplex wire. Closing it closes
 * every connection, like pulling the converter's cable.
 */
final class SingleThreadListener {

  private EventLoopGroup group;
  private Channel serverChannel;
  private final Set<Channel> clients = ConcurrentHashMap.newKeySet();

  /** Listens on {@code bind} (port 0 picks a free port); each connection gets a new handler. */
  synchronized InetSocketAddress start(InetSocketAddress bind, Supplier<ChannelHandler> handler)
      throws InterruptedException {
    if (serverChannel != null) {
      throw new IllegalStateException("already listening on " + serverChannel.localAddress());
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
                    clients.add(ch);
                    ch.closeFuture().addListener(f -> clients.remove(ch));
                    ch.pipeline().addLast(handler.get());
                  }
                });
    try {
      serverChannel = bootstrap.bind(bind).sync().channel();
    } catch (RuntimeException | InterruptedException e) {
      group.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
      group = null;
      throw e;
    }
    return (InetSocketAddress) serverChannel.localAddress();
  }

  /** Closes every client connection, keeps listening; returns how many were closed. */
  int dropConnections() {
    int n = 0;
    for (Channel c : List.copyOf(clients)) {
      c.close().syncUninterruptibly();
      n++;
    }
    return n;
  }

  /** Closes the listening socket and every connection. */
  synchronized void close() {
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
