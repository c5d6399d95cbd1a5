package io.solargw.protocol.inverter.rtu.internal;

import io.solargw.protocol.inverter.InverterProtocolException;
import io.solargw.protocol.inverter.InverterProtocolException.Reason;
import io.solargw.protocol.inverter.rtu.RtuCodec;

/** Byte-level helpers shared by the RTU records and codecs: big-endian words, CRC, range checks. */
public final class Wire {

  /** Most registers one read may ask for (Modbus Application Protocol V1.1b3, 6.3). */
  public static final int MAX_READ_COUNT = 125;

  /** Most registers one write-multiple may carry (Modbus Application Protocol V1.1b3, 6.12). */
  public static final int MAX_WRITE_COUNT = 123;

  private Wire() {}

  /** The big-endian 16-bit word at {@code offset}, 0..65535. */
  public static int u16(byte[] frame, int offset) {
    return ((frame[offset] & 0xFF) << 8) | (frame[offset + 1] & 0xFF);
  }

  /** Writes {@code value} big-endian at {@code offset}. */
  public static void putU16(byte[] frame, int offset, int value) {
    frame[offset] = (byte) (value >>> 8);
    frame[offset + 1] = (byte) value;
  }

  /** Fills the last two bytes with the CRC of the rest, low byte first, and returns the frame. */
  public static byte[] sealWithCrc(byte[] frame) {
    int crc = RtuCodec.crc16(frame, 0, frame.length - 2);
    frame[frame.length - 2] = (byte) crc;
    frame[frame.length - 1] = (byte) (crc >>> 8);
    return frame;
  }

  /** The CRC the frame carries in its last two bytes (low byte first). */
  public static int carriedCrc(byte[] frame) {
    return (frame[frame.length - 2] & 0xFF) | ((frame[frame.length - 1] & 0xFF) << 8);
  }

  /** True when the last two bytes hold the CRC-16/MODBUS of the rest. */
  public static boolean crcMatches(byte[] frame, int offset, int length) {
    int carried = (frame[offset + length - 2] & 0xFF) | ((frame[offset + length - 1] & 0xFF) << 8);
    return carried == RtuCodec.crc16(frame, offset, length - 2);
  }

  /** Throws {@link Reason#CRC} unless the frame's last two bytes hold its CRC. */
  public static void checkCrc(byte[] frame) throws InverterProtocolException {
    int carried = carriedCrc(frame);
    int computed = RtuCodec.crc16(frame, 0, frame.length - 2);
    if (carried != computed) {
      throw new InverterProtocolException(
          Reason.CRC,
          frame.length - 2,
          String.format(
              "CRC mismatch at offset %d: frame says 0x%04X, computed 0x%04X",
              frame.length - 2, carried, computed),
          frame);
    }
  }

  /** Throws {@link Reason#TRUNCATED} or {@link Reason#LENGTH} unless the frame has {@code size}. */
  public static void checkSize(byte[] frame, int size, String layout)
      throws InverterProtocolException {
    if (frame.length < size) {
      throw new InverterProtocolException(
          Reason.TRUNCATED,
          frame.length,
          String.format("frame ends after %d bytes; %s needs %d", frame.length, layout, size),
          frame);
    }
    if (frame.length > size) {
      throw new InverterProtocolException(
          Reason.LENGTH,
          size,
          String.format("frame has %d bytes; %s makes %d", frame.length, layout, size),
          frame);
    }
  }

  /** Throws {@link IllegalArgumentException} naming {@code name} unless min <= value <= max. */
  public static int require(String name, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          String.format("%s must be %d..%d, got %d", name, min, max, value));
    }
    return value;
  }

  /** Throws {@link IllegalArgumentException} unless the frame is non-null. */
  public static byte[] requireFrame(byte[] frame) {
    if (frame == null) {
      throw new IllegalArgumentException("frame must not be null");
    }
    return frame;
  }
}
