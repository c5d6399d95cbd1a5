package io.solargw.sim.wire;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.solargw.protocol.inverter.rtu.RtuCodec;
import io.solargw.sim.fault.FaultInjector;
import io.solargw.sim.fault.FaultKind;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One Modbus TCP client of a {@link ModbusTcpServer}: cuts MBAP frames (7-byte header: transaction
 * id, protocol id 0, length, unit id; then the PDU), relays each as an RTU frame to the bus and
 * wraps the answer back. A frame with a protocol id other than 0 or an impossible length closes the
 * connection, as Modbus TCP servers do.
 */
final class MbapConnectionHandler extends ChannelInboundHandlerAdapter {

  private static final int HEADER = 7;

  private final BusProtocol rtu;
  private final WireTiming timing;
  private final FaultInjector faults;
  private final BusStatistics stats;
  private final WireLine line;
  private byte[] buffer = new byte[512];
  private int length;

  MbapConnectionHandler(
      BusProtocol rtu,
      WireTiming timing,
      FaultInjector faults,
      BusStatistics stats,
      WireLine line) {
    this.rtu = rtu;
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
      if (length + n > buffer.length) {
        buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + n));
      }
      in.readBytes(buffer, length, n);
      length += n;
    } finally {
      in.release();
    }
    while (length >= HEADER) {
      int protocol = u16(2);
      int size = u16(4);
      if (protocol != 0 || size < 2 || size > 254) {
        stats.skippedBytes.addAndGet(length);
        ctx.close();
        return;
      }
      if (length < 6 + size) {
        return;
      }
      byte[] frame = Arrays.copyOf(buffer, 6 + size);
      System.arraycopy(buffer, 6 + size, buffer, 0, length - 6 - size);
      length -= 6 + size;
      stats.requests.incrementAndGet();
      respond(ctx, frame);
    }
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    ctx.close();
  }

  private void respond(ChannelHandlerContext ctx, byte[] mbap) {
    byte[] request = toRtu(mbap);
    long now = System.nanoTime();
    long requestDone = Math.max(now, line.busyUntilNanos) + timing.wireNanos(request.length);
    line.busyUntilNanos = requestDone;
    Optional<BusProtocol.Answer> answer = rtu.answer(request);
    if (answer.isEmpty()) {
      return;
    }
    Optional<FaultKind> fault = faults.decide(answer.get().device());
    byte[] bytes = answer.get().bytes();
    long start = requestDone + TimeUnit.MILLISECONDS.toNanos(timing.turnaroundMillis());
    long done = start + timing.wireNanos(bytes.length);
    line.busyUntilNanos = Math.max(line.busyUntilNanos, done);
    if (fault.isPresent() && fault.get() == FaultKind.LATE_ANSWER) {
      done += BusConnectionHandler.LATE_NANOS;
    } else if (fault.isPresent() && fault.get() != FaultKind.GARBAGE_BEFORE) {
      return; // the converter's RTU side discards a damaged or missing answer: nothing comes back
    }
    if (!crcValid(bytes)) {
      return; // several units collided on the RS485 side
    }
    byte[] out = toMbap(mbap, bytes);
    ctx.executor()
        .schedule(
            () -> {
              if (ctx.channel().isActive()) {
                stats.answers.incrementAndGet();
                stats.bytesOut.addAndGet(out.length);
                ctx.writeAndFlush(ctx.alloc().buffer(out.length).writeBytes(out));
              }
            },
            done - now,
            TimeUnit.NANOSECONDS);
  }

  /** Unit id and PDU with a CRC appended. */
  private static byte[] toRtu(byte[] mbap) {
    byte[] rtu = new byte[mbap.length - 6 + 2];
    System.arraycopy(mbap, 6, rtu, 0, mbap.length - 6);
    int crc = RtuCodec.crc16(rtu, 0, rtu.length - 2);
    rtu[rtu.length - 2] = (byte) crc;
    rtu[rtu.length - 1] = (byte) (crc >> 8);
    return rtu;
  }

  /** The request's transaction id, protocol 0, the answer's unit id and PDU. */
  private static byte[] toMbap(byte[] request, byte[] rtuAnswer) {
    int pduAndUnit = rtuAnswer.length - 2;
    byte[] out = new byte[6 + pduAndUnit];
    out[0] = request[0];
    out[1] = request[1];
    out[4] = (byte) (pduAndUnit >> 8);
    out[5] = (byte) pduAndUnit;
    System.arraycopy(rtuAnswer, 0, out, 6, pduAndUnit);
    return out;
  }

  private static boolean crcValid(byte[] frame) {
    if (frame.length < 4) {
      return false;
    }
    int crc = RtuCodec.crc16(frame, 0, frame.length - 2);
    return (frame[frame.length - 2] & 0xFF) == (crc & 0xFF)
        && (frame[frame.length - 1] & 0xFF) == (crc >> 8 & 0xFF);
  }

  private int u16(int at) {
    return (buffer[at] & 0xFF) << 8 | (buffer[at + 1] & 0xFF);
  }
}
