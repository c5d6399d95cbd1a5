package io.solargw.protocol.inverter.rtu;

import io.solargw.protocol.inverter.InverterProtocolException;
import io.solargw.protocol.inverter.InverterProtocolException.Reason;
import io.solargw.protocol.inverter.rtu.internal.Wire;
import java.util.ArrayList;
import java.util.List;

/**
 * A write of consecutive registers (function 0x10).
 *
 * <p>Wire: {@code addr 10 startHi startLo countHi countLo byteCount values... crcLo crcHi}, 9 + 2 x
 * count bytes, byteCount = 2 x count; the slave answers with start and count (SRNE V1.96 section
 * 3.3). Example T16: {@code ff 10 e2 0f 00 01 02 00 02 ad 04} writes E20F := 2.
 *
 * @param unitId slave address 0..255 (0 = broadcast, no answer)
 * @param startAddress first register 0..0xFFFF
 * @param values 1..123 raw values, each 0..65535, not running past 0xFFFF
 */
public record WriteMultipleRequest(int unitId, int startAddress, List<Integer> values)
    implements ModbusRequest {

  /** Bytes of a write-multiple frame without its values. */
  public static final int OVERHEAD = 9;

  /** Validates ranges and copies the list; throws {@link IllegalArgumentException}. */
  public WriteMultipleRequest {
    Wire.require("unitId", unitId, 0, 0xFF);
    Wire.require("startAddress", startAddress, 0, 0xFFFF);
    values = List.copyOf(values);
    Wire.require("values.size()", values.size(), 1, Wire.MAX_WRITE_COUNT);
    Wire.require("startAddress + values.size() - 1", startAddress + values.size() - 1, 0, 0xFFFF);
    for (int i = 0; i < values.size(); i++) {
      Wire.require("values[" + i + "]", values.get(i), 0, 0xFFFF);
    }
  }

  /** Always 0x10. */
  @Override
  public int functionCode() {
    return FunctionCode.WRITE_MULTIPLE_REGISTERS.code();
  }

  /** The frame with byte count and CRC. */
  @Override
  public byte[] toFrame() {
    byte[] frame = new byte[OVERHEAD + 2 * values.size()];
    frame[0] = (byte) unitId;
    frame[1] = (byte) functionCode();
    Wire.putU16(frame, 2, startAddress);
    Wire.putU16(frame, 4, values.size());
    frame[6] = (byte) (2 * values.size());
    for (int i = 0; i < values.size(); i++) {
      Wire.putU16(frame, 7 + 2 * i, values.get(i));
    }
    return Wire.sealWithCrc(frame);
  }

  /**
   * Parses a write-multiple request frame (the simulator's side).
   *
   * @throws InverterProtocolException TRUNCATED/LENGTH when the frame size disagrees with its byte
   *     count, CRC, FUNCTION unless 0x10, OUT_OF_RANGE for a count outside 1..123, LENGTH when the
   *     byte count is not 2 x count
   */
  public static WriteMultipleRequest fromFrame(byte[] frame) throws InverterProtocolException {
    Wire.requireFrame(frame);
    if (frame.length < OVERHEAD) {
      Wire.checkSize(frame, OVERHEAD, "a write-multiple request");
    }
    int byteCount = frame[6] & 0xFF;
    Wire.checkSize(
        frame,
        OVERHEAD + byteCount,
        String.format("a write-multiple request with byte count 0x%02X", byteCount));
    Wire.checkCrc(frame);
    int function = frame[1] & 0xFF;
    if (function != FunctionCode.WRITE_MULTIPLE_REGISTERS.code()) {
      throw new InverterProtocolException(
          Reason.FUNCTION,
          1,
          String.format("function at offset 1: expected 0x10, got 0x%02X", function),
          frame);
    }
    int start = Wire.u16(frame, 2);
    int count = Wire.u16(frame, 4);
    if (count < 1 || count > Wire.MAX_WRITE_COUNT || start + count - 1 > 0xFFFF) {
      throw new InverterProtocolException(
          Reason.OUT_OF_RANGE,
          4,
          String.format(
              "register count at offset 4: expected 1..%d within 0x0000..0xFFFF from start 0x%04X,"
                  + " got %d",
              Math.min(Wire.MAX_WRITE_COUNT, 0x10000 - start), start, count),
          frame);
    }
    if (byteCount != 2 * count) {
      throw new InverterProtocolException(
          Reason.LENGTH,
          6,
          String.format(
              "byte count at offset 6: expected 0x%02X (%d registers), got 0x%02X",
              2 * count, count, byteCount),
          frame);
    }
    List<Integer> values = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      values.add(Wire.u16(frame, 7 + 2 * i));
    }
    return new WriteMultipleRequest(frame[0] & 0xFF, start, values);
  }
}
