package io.solargw.protocol.inverter.rtu;

import io.solargw.protocol.inverter.rtu.internal.Wire;

/**
 * The answer a slave sends after a write-multiple (function 0x10): start address and count echoed.
 *
 * <p>Wire: {@code addr 10 startHi startLo countHi countLo crcLo crcHi}, 8 bytes (SRNE V1.96 section
 * 3.3).
 *
 * @param unitId answering slave address 0..255
 * @param startAddress first register written, 0..0xFFFF
 * @param count registers written, 1..123
 */
public record WriteMultipleResponse(int unitId, int startAddress, int count)
    implements ModbusResponse {

  /** Length of the answer frame. */
  public static final int FRAME_LENGTH = 8;

  /** Validates ranges; throws {@link IllegalArgumentException} naming the parameter. */
  public WriteMultipleResponse {
    Wire.require("unitId", unitId, 0, 0xFF);
    Wire.require("startAddress", startAddress, 0, 0xFFFF);
    Wire.require("count", count, 1, Wire.MAX_WRITE_COUNT);
  }

  /** The answer a slave sends for {@code request}. */
  public static WriteMultipleResponse echoing(WriteMultipleRequest request) {
    return new WriteMultipleResponse(
        request.unitId(), request.startAddress(), request.values().size());
  }

  /** Always 0x10. */
  @Override
  public int functionCode() {
    return FunctionCode.WRITE_MULTIPLE_REGISTERS.code();
  }

  /** The 8-byte frame with CRC. */
  @Override
  public byte[] toFrame() {
    byte[] frame = new byte[FRAME_LENGTH];
    frame[0] = (byte) unitId;
    frame[1] = (byte) functionCode();
    Wire.putU16(frame, 2, startAddress);
    Wire.putU16(frame, 4, count);
    return Wire.sealWithCrc(frame);
  }
}
