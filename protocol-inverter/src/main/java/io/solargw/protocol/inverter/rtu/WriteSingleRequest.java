package io.solargw.protocol.inverter.rtu;

import io.solargw.protocol.inverter.InverterProtocolException;
import io.solargw.protocol.inverter.InverterProtocolException.Reason;
import io.solargw.protocol.inverter.rtu.internal.Wire;

/**
 * A write of one register (function 0x06).
 *
 * <p>Wire: {@code addr 06 regHi regLo valueHi valueLo crcLo crcHi}, 8 bytes; the slave answers with
 * the same address and value (SRNE V1.96 section 3.2, inverter-modbus.md 2.2).
 *
 * @param unitId slave address 0..255 (0 = broadcast, no answer)
 * @param address register 0..0xFFFF
 * @param value raw register value 0..65535
 */
public record WriteSingleRequest(int unitId, int address, int value) implements ModbusRequest {

  /** Length of the request frame and of its echo. */
  public static final int FRAME_LENGTH = 8;

  /** Validates ranges; throws {@link IllegalArgumentException} naming the parameter. */
  public WriteSingleRequest {
    Wire.require("unitId", unitId, 0, 0xFF);
    Wire.require("address", address, 0, 0xFFFF);
    Wire.require("value", value, 0, 0xFFFF);
  }

  /** Always 0x06. */
  @Override
  public int functionCode() {
    return FunctionCode.WRITE_SINGLE_REGISTER.code();
  }

  /** The 8-byte frame with CRC. */
  @Override
  public byte[] toFrame() {
    byte[] frame = new byte[FRAME_LENGTH];
    frame[0] = (byte) unitId;
    frame[1] = (byte) functionCode();
    Wire.putU16(frame, 2, address);
    Wire.putU16(frame, 4, value);
    return Wire.sealWithCrc(frame);
  }

  /**
   * Parses a write-single request frame (the simulator's side).
   *
   * @throws InverterProtocolException TRUNCATED/LENGTH unless 8 bytes, CRC, FUNCTION unless 0x06
   */
  public static WriteSingleRequest fromFrame(byte[] frame) throws InverterProtocolException {
    Wire.requireFrame(frame);
    Wire.checkSize(frame, FRAME_LENGTH, "a write-single request");
    Wire.checkCrc(frame);
    int function = frame[1] & 0xFF;
    if (function != FunctionCode.WRITE_SINGLE_REGISTER.code()) {
      throw new InverterProtocolException(
          Reason.FUNCTION,
          1,
          String.format("function at offset 1: expected 0x06, got 0x%02X", function),
          frame);
    }
    return new WriteSingleRequest(frame[0] & 0xFF, Wire.u16(frame, 2), Wire.u16(frame, 4));
  }
}
