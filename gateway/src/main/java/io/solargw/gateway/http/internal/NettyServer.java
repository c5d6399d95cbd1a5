package io.solargw.gateway.http.internal;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.handler.timeout.ReadTimeoutHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.solargw.gateway.http.HttpReply;
import io.solargw.gateway.http.RequestTarget;
import io.solargw.gateway.http.RouteTable;
import io.solargw.gateway.http.StreamRoute;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The status server's only Netty user: one event-loop thread, HTTP/1.1 with keep-alive, small fixed
 * limits (request line 4 KiB, headers 8 KiB, body 8 KiB), idle connections closed after a minute,
 * every request answered from the route table. An event-stream path turns its connection into a
 * {@link StreamConnection} instead; the streams are ticked on the same thread.
 */
public final class NettyServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(NettyServer.class);
  private static final int MAX_LINE = 4096;
  private static final int MAX_HEADERS = 8192;
  private static final int MAX_BODY = 8192;
  private static final int IDLE_SECONDS = 60;

  /**
   * Outgoing buffer per connection: above HIGH a connection is not writable (event streams skip
   * it), below LOW again. Bounds the memory a client that stops reading can hold.
   */
  private static final WriteBufferWaterMark BUFFER = new WriteBufferWaterMark(64 << 10, 256 << 10);

  private final EventLoopGroup group;
  private final Channel channel;

  private NettyServer(EventLoopGroup group, Channel channel) {
    this.group = group;
    this.channel = channel;
  }

  /**
   * Listens on {@code address}.
   *
   * @throws BindException "HTTP status server: port 8080 on 127.0.0.1 is already in use"
   * @throws IOException when binding fails for another reason
   */
  public static NettyServer bind(InetSocketAddress address, RouteTable routes) throws IOException {
    EventLoopGroup group =
        new MultiThreadIoEventLoopGroup(
            1, new DefaultThreadFactory("http-status", true), NioIoHandler.newFactory());
    ChannelFuture bound =
        new ServerBootstrap()
            .group(group)
            .channel(NioServerSocketChannel.class)
            .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, BUFFER)
            .childHandler(initializer(routes))
            .bind(address)
            .awaitUninterruptibly();
    if (!bound.isSuccess()) {
      group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
      throw bindFailure(address, bound.cause());
    }
    for (StreamRoute stream : routes.streams()) {
      long every = stream.tickEvery().toMillis();
      group.scheduleAtFixedRate(() -> tick(stream), every, every, TimeUnit.MILLISECONDS);
    }
    return new NettyServer(group, bound.channel());
  }

  /** A failing tick is logged and the next one runs (a throwing task would be cancelled). */
  private static void tick(StreamRoute stream) {
    try {
      stream.tick();
    } catch (RuntimeException e) {
      LOG.error("HTTP event stream tick failed", e);
    }
  }

  private static IOException bindFailure(InetSocketAddress address, Throwable cause) {
    String host =
        address.getAddress() == null
            ? address.getHostString()
            : address.getAddress().getHostAddress();
    String where = "port " + address.getPort() + " on " + host;
    if (cause instanceof BindException b && String.valueOf(b.getMessage()).contains("in use")) {
      return new BindException("HTTP status server: " + where + " is already in use");
    }
    IOException e =
        new IOException(
            "HTTP status server: cannot listen on " + where + ": " + cause.getMessage());
    e.initCause(cause);
    return e;
  }

  private static ChannelInitializer<SocketChannel> initializer(RouteTable routes) {
    return new ChannelInitializer<>() {
      @Override
      protected void initChannel(SocketChannel ch) {
        ch.pipeline()
            .addLast(new ReadTimeoutHandler(IDLE_SECONDS))
            .addLast(new HttpServerCodec(MAX_LINE, MAX_HEADERS, MAX_BODY))
            .addLast(new HttpObjectAggregator(MAX_BODY))
            .addLast(new Handler(routes));
      }
    };
  }

  /** The address actually bound. */
  public InetSocketAddress localAddress() {
    return (InetSocketAddress) channel.localAddress();
  }

  @Override
  public void close() {
    // Bounded waits: a shutdown must never hang the process (SIGTERM from Docker).
    channel.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
    group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
  }

  /** Turns each complete request into the route table's reply. */
  private static final class Handler extends SimpleChannelInboundHandler<FullHttpRequest> {

    private final RouteTable routes;

    Handler(RouteTable routes) {
      this.routes = routes;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
      if (request.decoderResult().isFailure()) {
        write(ctx, rejected(request.decoderResult().cause()), false);
        return;
      }
      QueryStringDecoder uri = new QueryStringDecoder(request.uri());
      Optional<StreamRoute> stream = routes.stream(uri.path());
      if (stream.isPresent() && request.method().equals(HttpMethod.GET)) {
        try {
          if (!StreamConnection.start(ctx, stream.get())) {
            write(ctx, HttpReply.json(503, "{\"error\": \"too many live clients\"}\n"), false);
          }
        } catch (RuntimeException e) {
          LOG.error("HTTP event stream {} failed", uri.path(), e);
          ctx.close();
        }
        return;
      }
      HttpReply reply;
      try {
        reply =
            routes.dispatch(
                request.method().name(), new RequestTarget(uri.path(), uri.parameters()));
      } catch (RuntimeException e) {
        LOG.error("HTTP {} {} failed", request.method(), uri.path(), e);
        reply = HttpReply.json(500, "{\"error\": \"internal error\"}\n");
      }
      write(ctx, reply, HttpUtil.isKeepAlive(request));
    }

    private static HttpReply rejected(Throwable cause) {
      if (cause instanceof TooLongHttpLineException) {
        return HttpReply.json(414, "{\"error\": \"request line too long\"}\n");
      }
      if (cause instanceof TooLongHttpHeaderException) {
        return HttpReply.json(431, "{\"error\": \"request headers too large\"}\n");
      }
      return HttpReply.json(400, "{\"error\": \"bad request\"}\n");
    }

    private static void write(ChannelHandlerContext ctx, HttpReply reply, boolean keepAlive) {
      ByteBuf body = Unpooled.copiedBuffer(reply.body(), StandardCharsets.UTF_8);
      FullHttpResponse response =
          new DefaultFullHttpResponse(
              HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(reply.status()), body);
      response.headers().set(HttpHeaderNames.CONTENT_TYPE, reply.contentType());
      response.headers().set(HttpHeaderNames.CONTENT_LENGTH, body.readableBytes());
      response.headers().set(HttpHeaderNames.CACHE_CONTROL, HttpHeaderValues.NO_STORE);
      reply.headers().forEach((k, v) -> response.headers().set(k, v));
      HttpUtil.setKeepAlive(response, keepAlive);
      ChannelFuture sent = ctx.writeAndFlush(response);
      if (!keepAlive) {
        sent.addListener(ChannelFutureListener.CLOSE);
      }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      // Idle timeouts and peers that hang up are routine for a status page: close quietly.
      LOG.debug("HTTP connection {} closed: {}", ctx.channel().remoteAddress(), cause.toString());
      ctx.close();
    }
  }
}
