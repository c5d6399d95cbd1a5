package io.solargw.sim.bms;

import io.solargw.protocol.bms.BmsProtocolException;
import io.solargw.protocol.bms.pace.Frame;
import io.solargw.protocol.bms.pace.FrameCodec;
import io.solargw.protocol.bms.pace.ReturnCode;
import io.solargw.sim.wire.BusProtocol;
import io.solargw.sim.wire.Collision;
import io.solargw.sim.wire.FrameScan;
import java.util.List;
import java.util.Optional;

/**
 * The PACE ASCII protocol (VER 0x25) on the rack's RS485 bus: a request runs from SOI ('~') to EOI
 * (CR) and is decoded with protocol-bms's {@link FrameCodec}. A request whose CHKSUM or LCHKSUM
 * fails is answered by the addressed pack with RTN 0x02 or 0x03, as both PACE and Pylontech
 * document (bms.md 1.4, 2.3) — a deliberate difference from Modbus, where a bad CRC gets no answer.
 * A frame that is not even readable (no hex, wrong length) and a request to an address no pack has
 * get no answer; several packs answering at once collide on the line.
 */
public final class PaceRackProtocol implements BusProtocol {

  /** Longest frame: LENID is 12 bits (bms.md 1.2). */
  private static final int MAX_FRAME = 0xFFF + FrameCodec.OVERHEAD_CHARS;

  private final BatteryRack rack;

  /**
   * @param rack the packs on the bus
   */
  public PaceRackProtocol(BatteryRack rack) {
    this.rack = rack;
  }

  @Override
  public FrameScan scan(byte[] buffer, int length) {
    if (buffer[0] != FrameCodec.SOI) {
      return new FrameScan.Skip(
          Math.max(1, indexOf(buffer, FrameCodec.SOI, 1, length)), "noise before SOI");
    }
    for (int i = 1; i < length; i++) {
      if (buffer[i] == FrameCodec.SOI) {
        return new FrameScan.Skip(i, "a new SOI before the EOI: truncated frame");
      }
      if (buffer[i] == FrameCodec.EOI) {
        return new FrameScan.Found(0, i + 1);
      }
    }
    return length > MAX_FRAME
        ? new FrameScan.Skip(1, "no EOI within the longest frame")
        : new FrameScan.NeedMore();
  }

  @Override
  public Optional<Answer> answer(byte[] request) {
    List<BatteryRack.Reply> replies;
    try {
      replies = rack.handle(FrameCodec.decode(request));
    } catch (BmsProtocolException e) {
      Optional<Integer> address = address(request);
      if (address.isEmpty()) {
        return Optional.empty();
      }
      int rtn =
          switch (e.reason()) {
            case CHECKSUM -> ReturnCode.CHKSUM_ERROR.code();
            case LCHKSUM -> ReturnCode.LCHKSUM_ERROR.code();
            default -> -1;
          };
      if (rtn < 0) {
        return Optional.empty();
      }
      replies = rack.refuse(address.get(), rtn);
    }
    if (replies.isEmpty()) {
      return Optional.empty();
    }
    List<byte[]> frames = replies.stream().map(BatteryRack.Reply::wire).toList();
    return Optional.of(new Answer(Collision.of(frames), replies.get(0).address()));
  }

  /** ADR of a frame whose checksum failed, if its characters are hex. */
  private static Optional<Integer> address(byte[] f) {
    if (f.length < FrameCodec.INFO_OFFSET) {
      return Optional.empty();
    }
    int hi = Character.digit(f[3], 16);
    int lo = Character.digit(f[4], 16);
    return hi < 0 || lo < 0 ? Optional.empty() : Optional.of(hi << 4 | lo);
  }

  @Override
  public byte[] readdress(byte[] answer) {
    try {
      Frame f = FrameCodec.decode(answer);
      int other = (f.address() + 1) % 16;
      return new Frame(f.version(), other, f.cid1(), f.cid2(), f.info()).encode();
    } catch (BmsProtocolException e) {
      return answer.clone();
    }
  }

  @Override
  public byte[] breakChecksum(byte[] answer) {
    byte[] b = answer.clone();
    int at = b.length - 2; // last CHKSUM character, just before the CR
    b[at] = (byte) (b[at] == '0' ? '1' : '0');
    return b;
  }

  private static int indexOf(byte[] b, byte value, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] == value) {
        return i;
      }
    }
    return to;
  }
}
