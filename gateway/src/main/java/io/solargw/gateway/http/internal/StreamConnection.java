package io.solargw.gateway.http.internal;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.timeout.ReadTimeoutHandler;
import io.netty.util.ReferenceCountUtil;
import io.solargw.gateway.http.EventSink;
import io.solargw.gateway.http.StreamRoute;
import java.nio.charset.StandardCharsets;

/**
 * One connection turned into a Server-Sent Events stream: a chunked {@code text/event-stream}
 * response that stays open. The idle read timeout is removed (a stream client sends nothing) and
 * anything the client sends afterwards is discarded; the route decides what to send and when.
 */
final class StreamConnection implements EventSink {

  private final Channel channel;
  private boolean headSent;

  private StreamConnection(Channel channel) {
    this.channel = channel;
  }

  /** Hands the connection of {@code ctx} to {@code route}; false when the route refused it. */
  static boolean start(ChannelHandlerContext ctx, StreamRoute route) {
    StreamConnection c = new StreamConnection(ctx.channel());
    if (!route.open(c)) {
      return false;
    }
    if (ctx.pipeline().get(ReadTimeoutHandler.class) != null) {
      ctx.pipeline().remove(ReadTimeoutHandler.class);
    }
    ctx.pipeline().addFirst(new Discard());
    c.head();
    return true;
  }

  private void head() {
    if (headSent) {
      return;
    }
    headSent = true;
    HttpResponse response = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK);
    response.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/event-stream; charset=utf-8");
    response.headers().set(HttpHeaderNames.CACHE_CONTROL, HttpHeaderValues.NO_STORE);
    response.headers().set("X-Accel-Buffering", "no"); // reverse proxies: do not buffer
    HttpUtil.setTransferEncodingChunked(response, true);
    channel.writeAndFlush(response);
  }

  @Override
  public boolean open() {
    return channel.isActive();
  }

  @Override
  public boolean writable() {
    return channel.isWritable();
  }

  @Override
  public void send(String text) {
    head();
    channel.writeAndFlush(
        new DefaultHttpContent(Unpooled.copiedBuffer(text, StandardCharsets.UTF_8)),
        channel.voidPromise());
  }

  @Override
  public void close() {
    channel.close();
  }

  /** Drops whatever a stream client sends: its request has been answered for good. */
  private static final class Discard extends ChannelInboundHandlerAdapter {
    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
      ReferenceCountUtil.release(msg);
    }
  }
}
