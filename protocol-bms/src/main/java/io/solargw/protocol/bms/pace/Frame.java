package io.solargw.protocol.bms.pace;

import io.solargw.protocol.bms.pace.internal.Hex;
import java.util.Arrays;
import java.util.Objects;

/**
 * One decoded PACE/Pylontech ASCII frame: the header bytes and the INFO bytes (already converted
 * from ASCII hex).
 *
 * <p>Wire layout (bms.md §1.2): {@code ~ VER ADR CID1 CID2/RTN LENGTH INFO CHKSUM CR}; every byte
 * between SOI and EOI travels as two ASCII hex characters, LENGTH carries LCHKSUM in its top nibble
 * and LENID (= 2 x INFO bytes) in its low 12 bits [PACE18 §2.1-2.3]. In a request {@code cid2} is
 * the command; in a response it is the return code RTN.
 *
 * @param version VER, 0x00..0xFF (0x25 PACE, 0x20 Pylontech)
 * @param address ADR, 0x00..0xFF
 * @param cid1 device type, 0x46 for LiFePO4
 * @param cid2 command (request) or RTN (response)
 * @param info INFO bytes, at most 2047 (LENID is 12 bits and even)
 */
public record Frame(int version, int address, int cid1, int cid2, byte[] info) {

  /** Largest INFO in bytes: LENID is a 12-bit count of hex characters (max 4095, even 4094). */
  public static final int MAX_INFO_BYTES = 2047;

  /** Checks ranges and copies {@code info}. */
  public Frame {
    requireByte("version", version);
    requireByte("address", address);
    requireByte("cid1", cid1);
    requireByte("cid2", cid2);
    Objects.requireNonNull(info, "info");
    if (info.length > MAX_INFO_BYTES) {
      throw new IllegalArgumentException(
          "info has " + info.length + " bytes; allowed 0.." + MAX_INFO_BYTES);
    }
    info = info.clone();
  }

  private static void requireByte(String name, int value) {
    if (value < 0 || value > 0xFF) {
      throw new IllegalArgumentException(name + " is " + value + "; allowed 0..255");
    }
  }

  /** A copy of the INFO bytes. */
  @Override
  public byte[] info() {
    return info.clone();
  }

  /** Number of INFO bytes (LENID / 2). */
  public int infoLength() {
    return info.length;
  }

  /** INFO byte {@code index} as 0..255, without copying the array. */
  public int infoByte(int index) {
    return info[index] & 0xFF;
  }

  /** The frame on the wire: SOI, upper-case ASCII hex, both checksums, EOI. */
  public byte[] encode() {
    return FrameCodec.encode(this);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Frame f
        && version == f.version
        && address == f.address
        && cid1 == f.cid1
        && cid2 == f.cid2
        && Arrays.equals(info, f.info);
  }

  @Override
  public int hashCode() {
    return Objects.hash(version, address, cid1, cid2, Arrays.hashCode(info));
  }

  @Override
  public String toString() {
    return String.format(
        "Frame[version=0x%02X, address=0x%02X, cid1=0x%02X, cid2=0x%02X, info=%s]",
        version, address, cid1, cid2, Hex.of(info));
  }
}
