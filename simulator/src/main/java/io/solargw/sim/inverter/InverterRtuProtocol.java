package io.solargw.sim.inverter;

import io.solargw.protocol.inverter.InverterProtocolException;
import io.solargw.protocol.inverter.rtu.ModbusRequest;
import io.solargw.protocol.inverter.rtu.RtuCodec;
import io.solargw.protocol.inverter.rtu.RtuFramer;
import io.solargw.protocol.inverter.rtu.RtuSlaveCodec;
import io.solargw.sim.wire.BusProtocol;
import io.solargw.sim.wire.Collision;
import io.solargw.sim.wire.FrameScan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * Modbus RTU on the stack's RS485 bus: request frames are cut with protocol-inverter's slave-side
 * {@link RtuFramer} (which skips frames with a bad CRC, as a real slave ignores them), decoded with
 * {@link RtuSlaveCodec} and answered by the addressed unit. Unsupported functions get exception
 * 0x01; requests to an address nobody has, broadcasts and frames that do not decode get no answer.
 * Several units answering the universal address 0xFF at once collide on the line.
 */
public final class InverterRtuProtocol implements BusProtocol {

  private final InverterStack stack;
  private final IntPredicate silent;

  /**
   * @param stack the units on the bus
   * @param silent whether a unit (by address) is away: it does not talk, so it cannot collide
   */
  public InverterRtuProtocol(InverterStack stack, IntPredicate silent) {
    this.stack = stack;
    this.silent = silent;
  }

  @Override
  public FrameScan scan(byte[] buffer, int length) {
    io.solargw.protocol.inverter.rtu.FrameScan scan = RtuFramer.scanRequest(buffer, 0, length);
    if (scan instanceof io.solargw.protocol.inverter.rtu.FrameScan.Complete c) {
      return new FrameScan.Found(0, c.length());
    }
    if (scan instanceof io.solargw.protocol.inverter.rtu.FrameScan.Skip s) {
      return new FrameScan.Skip(s.count(), s.reason());
    }
    return new FrameScan.NeedMore();
  }

  @Override
  public Optional<Answer> answer(byte[] request) {
    ModbusRequest decoded;
    try {
      decoded = RtuSlaveCodec.decodeRequest(request);
    } catch (InverterProtocolException e) {
      if (e.reason() != InverterProtocolException.Reason.UNSUPPORTED_FUNCTION) {
        return Optional.empty();
      }
      return unsupported(request);
    }
    List<InverterStack.Reply> replies = new ArrayList<>();
    for (InverterStack.Reply r : stack.handle(decoded)) {
      if (!silent.test(r.address())) {
        replies.add(r);
      }
    }
    if (replies.isEmpty()) {
      return Optional.empty();
    }
    List<byte[]> frames = replies.stream().map(r -> r.response().toFrame()).toList();
    return Optional.of(new Answer(Collision.of(frames), replies.get(0).address()));
  }

  /** Exception 0x01 from the addressed unit (from its real address for a request to 0xFF). */
  private Optional<Answer> unsupported(byte[] request) {
    int id = request[0] & 0xFF;
    for (int i = 0; i < stack.size(); i++) {
      int address = stack.identity(i).address();
      if ((id == address || (id == 0xFF && stack.size() == 1)) && !silent.test(address)) {
        byte[] frame = RtuSlaveCodec.refuseUnsupported(request).toFrame();
        frame[0] = (byte) address;
        return Optional.of(new Answer(reseal(frame), address));
      }
    }
    return Optional.empty();
  }

  @Override
  public byte[] readdress(byte[] answer) {
    byte[] b = answer.clone();
    b[0] = (byte) ((b[0] & 0xFF) % 247 + 1);
    return reseal(b);
  }

  @Override
  public byte[] breakChecksum(byte[] answer) {
    byte[] b = answer.clone();
    b[b.length - 1] ^= 0x5A;
    return b;
  }

  private static byte[] reseal(byte[] frame) {
    int crc = RtuCodec.crc16(frame, 0, frame.length - 2);
    frame[frame.length - 2] = (byte) crc;
    frame[frame.length - 1] = (byte) (crc >> 8);
    return frame;
  }
}
