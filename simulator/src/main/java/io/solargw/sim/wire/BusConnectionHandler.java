package io.solargw.sim.wire;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.solargw.sim.fault.FaultInjector;
import io.solargw.sim.fault.FaultKind;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One client connection on a simulated bus: collects bytes, cuts request frames out of them, and
 * writes each answer when the emulated wire would have delivered it (request wire time + turnaround
 * + answer wire time), damaged if the fault injector says so.
 */
final class BusConnectionHandler extends ChannelInboundHandlerAdapter {

  /** Longest request any supported protocol sends; more unframed bytes than this are noise. */
  private static final int MAX_BUFFER = 8192;

  /** How late a late answer is: beyond any sensible gateway timeout. */
  static final long LATE_NANOS = TimeUnit.SECONDS.toNanos(3);

  private final BusProtocol protocol;
  private final WireTiming timing;
  private final FaultInjector faults;
  private final BusStatistics stats;
  private final WireLine line;
  private final String bus;
  private final WireTap tap;
  private byte[] buffer = new byte[256];
  private int length;

  BusConnectionHandler(
      BusProtocol protocol,
      WireTiming timing,
      FaultInjector faults,
      BusStatistics stats,
      WireLine line,
      String bus,
      WireTap tap) {
    this.protocol = protocol;
    this.bus = bus;
    this.tap = tap;
    this.timing = timing;
    this.faults = faults;
    this.stats = stats;
    this.line = line;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    ByteBuf in = (ByteBuf) msg;
    try {
      int n = in.readableBytes();
      stats.bytesIn.addAndGet(n);
      ensure(length + n);
      in.readBytes(buffer, length, n);
      length += n;
    } finally {
      in.release();
    }
    drain(ctx);
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    ctx.close(); // a client reset is not the simulator's problem
  }

  private void drain(ChannelHandlerContext ctx) {
    while (length > 0) {
      FrameScan scan = protocol.scan(buffer, length);
      if (scan instanceof FrameScan.Found f) {
        byte[] request = Arrays.copyOfRange(buffer, f.start(), f.start() + f.length());
        stats.skippedBytes.addAndGet(f.start());
        consume(f.start() + f.length());
        stats.requests.incrementAndGet();
        respond(ctx, request);
      } else if (scan instanceof FrameScan.Skip s) {
        stats.skippedBytes.addAndGet(s.count());
        consume(Math.max(1, s.count()));
      } else {
        if (length > MAX_BUFFER) {
          stats.skippedBytes.addAndGet(length);
          length = 0;
        }
        return;
      }
    }
  }

  private void respond(ChannelHandlerContext ctx, byte[] request) {
    long now = System.nanoTime();
    long requestDone = Math.max(now, line.busyUntilNanos) + timing.wireNanos(request.length);
    line.busyUntilNanos = requestDone;
    Optional<BusProtocol.Answer> answer = protocol.answer(request);
    if (answer.isEmpty()) {
      return;
    }
    Optional<FaultKind> fault = faults.decide(answer.get().device());
    byte[] bytes = answer.get().bytes();
    if (fault.isPresent()) {
      if (fault.get() == FaultKind.NO_ANSWER) {
        return;
      }
      bytes = damage(fault.get(), bytes);
    }
    long start = requestDone + TimeUnit.MILLISECONDS.toNanos(timing.turnaroundMillis());
    long done = start + timing.wireNanos(bytes.length);
    if (fault.isPresent() && fault.get() == FaultKind.LATE_ANSWER) {
      done += LATE_NANOS;
    }
    line.busyUntilNanos = Math.max(line.busyUntilNanos, done);
    byte[] out = bytes;
    int device = answer.get().device();
    ctx.executor()
        .schedule(() -> write(ctx, out, device, request, fault), done - now, TimeUnit.NANOSECONDS);
  }

  private void write(
      ChannelHandlerContext ctx,
      byte[] bytes,
      int device,
      byte[] request,
      Optional<FaultKind> fault) {
    if (ctx.channel().isActive()) {
      stats.answers.incrementAndGet();
      stats.bytesOut.addAndGet(bytes.length);
      tap.served(bus, device, request, bytes, fault); // before the client can possibly see it
      ctx.writeAndFlush(ctx.alloc().buffer(bytes.length).writeBytes(bytes));
    }
  }

  private byte[] damage(FaultKind kind, byte[] bytes) {
    return switch (kind) {
      case CORRUPT_BYTE -> {
        byte[] b = bytes.clone();
        int i = faults.nextInt(b.length);
        b[i] ^= (byte) (1 << faults.nextInt(8));
        yield b;
      }
      case BAD_CHECKSUM -> protocol.breakChecksum(bytes);
      case TRUNCATED -> Arrays.copyOf(bytes, Math.max(1, bytes.length / 2));
      case WRONG_ADDRESS -> protocol.readdress(bytes);
      case GARBAGE_BEFORE -> {
        byte[] b = new byte[bytes.length + 3];
        b[0] = 0x00;
        b[1] = (byte) 0xFF;
        b[2] = 0x55;
        System.arraycopy(bytes, 0, b, 3, bytes.length);
        yield b;
      }
      case NO_ANSWER, LATE_ANSWER -> bytes;
    };
  }

  private void consume(int n) {
    System.arraycopy(buffer, n, buffer, 0, length - n);
    length -= n;
  }

  private void ensure(int capacity) {
    if (capacity > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(capacity, buffer.length * 2));
    }
  }
}
