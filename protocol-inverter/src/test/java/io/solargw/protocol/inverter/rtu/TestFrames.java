package io.solargw.protocol.inverter.rtu;

import java.util.Arrays;
import java.util.HexFormat;

/** Builds test frames from spaced hex, optionally appending a correct CRC. */
final class TestFrames {

  private TestFrames() {}

  /** The bytes of {@code spaced} plus their CRC-16/MODBUS, low byte first. */
  static byte[] withCrc(String spaced) {
    byte[] body = HexFormat.of().parseHex(spaced.replace(" ", ""));
    byte[] frame = Arrays.copyOf(body, body.length + 2);
    int crc = RtuCodec.crc16(body, 0, body.length);
    frame[body.length] = (byte) crc;
    frame[body.length + 1] = (byte) (crc >>> 8);
    return frame;
  }

  /** The bytes of {@code spaced} as given. */
  static byte[] raw(String spaced) {
    return HexFormat.of().parseHex(spaced.replace(" ", ""));
  }
}
