package io.solargw.protocol.bms.pylon;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * One classic CAN 2.0 frame: an 11-bit (2.0A) or 29-bit (2.0B, "extended") identifier, the remote
 * (RTR) flag and 0 to 8 data bytes.
 *
 * <p>Pylontech-compatible batteries use 11-bit ids at 500 kbit/s (bms.md 6.1); extended ids are
 * kept so that line parsers can report them instead of dropping them. A remote frame carries a DLC
 * but no data bytes. The data array is cloned in and out.
 *
 * @param id identifier, 0..0x7FF for standard frames, 0..0x1FFFFFFF for extended frames
 * @param extended true for a 29-bit identifier
 * @param remote true for a remote (RTR) frame
 * @param dlc data length code 0..8; equals {@code data.length} for data frames
 * @param data data bytes; empty for remote frames
 */
public record CanFrame(int id, boolean extended, boolean remote, int dlc, byte[] data) {

  /** Largest 11-bit identifier. */
  public static final int MAX_STANDARD_ID = 0x7FF;

  /** Largest 29-bit identifier. */
  public static final int MAX_EXTENDED_ID = 0x1FFF_FFFF;

  /** Most data bytes a classic CAN frame carries. */
  public static final int MAX_DLC = 8;

  private static final HexFormat HEX = HexFormat.of().withUpperCase();

  /** Validates ranges and copies the data. */
  public CanFrame {
    int maxId = extended ? MAX_EXTENDED_ID : MAX_STANDARD_ID;
    if (id < 0 || id > maxId) {
      throw new IllegalArgumentException(
          "id must be 0..0x" + Integer.toHexString(maxId).toUpperCase() + ", got " + id);
    }
    if (dlc < 0 || dlc > MAX_DLC) {
      throw new IllegalArgumentException("dlc must be 0..8, got " + dlc);
    }
    data = data == null ? new byte[0] : data.clone();
    if (remote && data.length != 0) {
      throw new IllegalArgumentException("data must be empty for a remote frame");
    }
    if (!remote && data.length != dlc) {
      throw new IllegalArgumentException(
          "dlc must equal data length " + data.length + " for a data frame, got " + dlc);
    }
  }

  /** A data frame with an 11-bit id. */
  public static CanFrame standard(int id, byte... data) {
    return new CanFrame(id, false, false, data == null ? 0 : data.length, data);
  }

  /** A data frame with a 29-bit id. */
  public static CanFrame extended(int id, byte... data) {
    return new CanFrame(id, true, false, data == null ? 0 : data.length, data);
  }

  /** A remote (RTR) frame: an id and a DLC, no data. */
  public static CanFrame remote(int id, boolean extended, int dlc) {
    return new CanFrame(id, extended, true, dlc, new byte[0]);
  }

  /** A copy of the data bytes. */
  @Override
  public byte[] data() {
    return data.clone();
  }

  /** Data byte {@code index} as 0..255. */
  public int dataByte(int index) {
    return data[index] & 0xFF;
  }

  /** Data bytes in upper-case hex without separators, e.g. {@code 1402740E740ECC01}. */
  public String dataHex() {
    return HEX.formatHex(data);
  }

  /** The id as written in logs: {@code 0x351} (3 digits) or {@code 0x18FF50E5} (8 digits). */
  public String idHex() {
    return "0x" + (extended ? String.format("%08X", id) : String.format("%03X", id));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CanFrame f
        && f.id == id
        && f.extended == extended
        && f.remote == remote
        && f.dlc == dlc
        && Arrays.equals(f.data, data);
  }

  @Override
  public int hashCode() {
    return ((id * 31 + (extended ? 1 : 0)) * 31 + (remote ? 1 : 0)) * 31
        + dlc * 17
        + Arrays.hashCode(data);
  }

  @Override
  public String toString() {
    return "CanFrame["
        + idHex()
        + (extended ? " ext" : "")
        + (remote ? " remote" : "")
        + " dlc="
        + dlc
        + (remote ? "" : " data=" + dataHex())
        + "]";
  }
}
