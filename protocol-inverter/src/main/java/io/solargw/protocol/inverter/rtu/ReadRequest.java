package io.solargw.protocol.inverter.rtu;

import io.solargw.protocol.inverter.InverterProtocolException;
import io.solargw.protocol.inverter.InverterProtocolException.Reason;
import io.solargw.protocol.inverter.rtu.internal.Wire;

/**
 * A read of {@code count} consecutive registers (function 0x03 holding or 0x04 input).
 *
 * <p>Wire: {@code addr fc startHi startLo countHi countLo crcLo crcHi}, 8 bytes; addresses are PDU
 * addresses as sent (no 40001 offset). SRNE allows 32 registers per read (inverter-modbus.md 2.3);
 * the record accepts the Modbus maximum 1..125 so that the limit stays the planner's business.
 *
 * @param unitId slave address 0..255 (0xFF = any single inverter, answered from its real address)
 * @param functionCode 0x03 or 0x04
 * @param startAddress first register 0..0xFFFF
 * @param count registers 1..125, not running past 0xFFFF
 */
public record ReadRequest(int unitId, int functionCode, int startAddress, int count)
    implements ModbusRequest {

  /** Length of a read request frame. */
  public static final int FRAME_LENGTH = 8;

  /** Validates every range; throws {@link IllegalArgumentException} naming the parameter. */
  public ReadRequest {
    Wire.require("unitId", unitId, 0, 0xFF);
    if (!FunctionCode.isRead(functionCode)) {
      throw new IllegalArgumentException(
          String.format("functionCode must be 0x03 or 0x04, got 0x%02X", functionCode));
    }
    Wire.require("startAddress", startAddress, 0, 0xFFFF);
    Wire.require("count", count, 1, Wire.MAX_READ_COUNT);
    Wire.require("startAddress + count - 1", startAddress + count - 1, 0, 0xFFFF);
  }

  /** A function 0x03 read (SRNE keeps everything in holding registers). */
  public static ReadRequest holding(int unitId, int startAddress, int count) {
    return new ReadRequest(unitId, FunctionCode.READ_HOLDING_REGISTERS.code(), startAddress, count);
  }

  /** The 8-byte frame with CRC. */
  @Override
  public byte[] toFrame() {
    byte[] frame = new byte[FRAME_LENGTH];
    frame[0] = (byte) unitId;
    frame[1] = (byte) functionCode;
    Wire.putU16(frame, 2, startAddress);
    Wire.putU16(frame, 4, count);
    return Wire.sealWithCrc(frame);
  }

  /**
   * Parses a read request frame (the simulator's side).
   *
   * @throws InverterProtocolException TRUNCATED/LENGTH unless 8 bytes, CRC, FUNCTION unless 0x03 or
   *     0x04, OUT_OF_RANGE for a count outside 1..125 or a block running past 0xFFFF
   */
  public static ReadRequest fromFrame(byte[] frame) throws InverterProtocolException {
    Wire.requireFrame(frame);
    Wire.checkSize(frame, FRAME_LENGTH, "a read request");
    Wire.checkCrc(frame);
    int function = frame[1] & 0xFF;
    if (!FunctionCode.isRead(function)) {
      throw new InverterProtocolException(
          Reason.FUNCTION,
          1,
          String.format("function at offset 1: expected 0x03 or 0x04, got 0x%02X", function),
          frame);
    }
    int start = Wire.u16(frame, 2);
    int count = Wire.u16(frame, 4);
    if (count < 1 || count > Wire.MAX_READ_COUNT || start + count - 1 > 0xFFFF) {
      throw new InverterProtocolException(
          Reason.OUT_OF_RANGE,
          4,
          String.format(
              "register count at offset 4: expected 1..%d within 0x0000..0xFFFF from start 0x%04X,"
                  + " got %d",
              Math.min(Wire.MAX_READ_COUNT, 0x10000 - start), start, count),
          frame);
    }
    return new ReadRequest(frame[0] & 0xFF, function, start, count);
  }
}
