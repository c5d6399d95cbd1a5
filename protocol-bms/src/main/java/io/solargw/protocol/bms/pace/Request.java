package io.solargw.protocol.bms.pace;

import io.solargw.protocol.bms.BmsProtocolException;
import io.solargw.protocol.bms.BmsProtocolException.Reason;
import io.solargw.protocol.bms.pace.internal.Hex;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * A request to a BMS: dialect (VER), address, device type, command and COMMAND_INFO. Build them
 * with {@link PaceRequests} / {@link PylonRequests}; {@link #toFrame()} gives the wire frame and
 * {@link #fromFrame(Frame)} reads one back (bms.md §2).
 *
 * @param dialect VER 0x25 or 0x20
 * @param address ADR 0..255 (PACE packs use 0..15; Pylontech 0x02 + 0x10 x group)
 * @param cid1 device type, 0x46 for LiFePO4 (0x4A on EG4 variants)
 * @param command CID2
 * @param info COMMAND_INFO bytes
 */
public record Request(Dialect dialect, int address, int cid1, CommandCode command, byte[] info) {

  /** Device type of LiFePO4 batteries [PACE18 Char A.6], [PYL33 §2.5.1]. */
  public static final int LIFEPO4 = 0x46;

  /** Checks ranges and copies {@code info}. */
  public Request {
    Objects.requireNonNull(dialect, "dialect");
    Objects.requireNonNull(command, "command");
    if (address < 0 || address > 0xFF) {
      throw new IllegalArgumentException("address is " + address + "; allowed 0..255");
    }
    if (cid1 < 0 || cid1 > 0xFF) {
      throw new IllegalArgumentException("cid1 is " + cid1 + "; allowed 0..255");
    }
    info = info.clone();
    if (info.length > Frame.MAX_INFO_BYTES) {
      throw new IllegalArgumentException("info has " + info.length + " bytes; allowed 0..2047");
    }
  }

  /** A LiFePO4 (CID1 0x46) request. */
  public static Request of(Dialect dialect, int address, CommandCode command, byte... info) {
    return new Request(dialect, address, LIFEPO4, command, info);
  }

  /** A copy of the info bytes. */
  @Override
  public byte[] info() {
    return info.clone();
  }

  /** The request as a frame (CID2 = command). */
  public Frame toFrame() {
    return new Frame(dialect.code(), address, cid1, command.code(), info);
  }

  /** The request on the wire. */
  public byte[] encode() {
    return toFrame().encode();
  }

  /**
   * Reads a request frame: VER must be 0x25 or 0x20; CID2 is kept raw if not documented.
   *
   * @throws BmsProtocolException PROTOCOL for another VER
   */
  public static Request fromFrame(Frame frame) throws BmsProtocolException {
    Dialect dialect =
        Dialect.of(frame.version())
            .orElseThrow(
                () ->
                    new BmsProtocolException(
                        Reason.PROTOCOL,
                        1,
                        String.format(
                            "VER 0x%02X at offset 1 is neither PACE (0x25) nor Pylontech (0x20)",
                            frame.version()),
                        frame.encode()));
    return new Request(
        dialect,
        frame.address(),
        frame.cid1(),
        CommandCode.of(dialect, frame.cid2()),
        frame.info());
  }

  /** The request's fields as an ordered map for JSON (command, its parameters). */
  public Map<String, Object> toMap() {
    return RequestDescriber.describe(this);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Request r
        && dialect == r.dialect
        && address == r.address
        && cid1 == r.cid1
        && command.equals(r.command)
        && Arrays.equals(info, r.info);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dialect, address, cid1, command, Arrays.hashCode(info));
  }

  @Override
  public String toString() {
    return String.format(
        "Request[%s, address=%d, cid1=0x%02X, command=0x%02X %s, info=%s]",
        dialect, address, cid1, command.code(), command.description(), Hex.of(info));
  }
}
