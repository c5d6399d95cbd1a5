package io.solargw.protocol.inverter.rtu;

import io.solargw.protocol.inverter.rtu.internal.Wire;

/**
 * The echo a slave sends after a write-single (function 0x06): the register and the value written.
 *
 * <p>Wire: identical to the request, {@code addr 06 regHi regLo valueHi valueLo crcLo crcHi} (SRNE
 * V1.96 section 3.2).
 *
 * @param unitId answering slave address 0..255
 * @param address register 0..0xFFFF
 * @param value raw value 0..65535
 */
public record WriteSingleResponse(int unitId, int address, int value) implements ModbusResponse {

  /** Validates ranges; throws {@link IllegalArgumentException} naming the parameter. */
  public WriteSingleResponse {
    Wire.require("unitId", unitId, 0, 0xFF);
    Wire.require("address", address, 0, 0xFFFF);
    Wire.require("value", value, 0, 0xFFFF);
  }

  /** The echo a slave sends for {@code request}. */
  public static WriteSingleResponse echoing(WriteSingleRequest request) {
    return new WriteSingleResponse(request.unitId(), request.address(), request.value());
  }

  /** Always 0x06. */
  @Override
  public int functionCode() {
    return FunctionCode.WRITE_SINGLE_REGISTER.code();
  }

  /** The 8-byte echo frame with CRC. */
  @Override
  public byte[] toFrame() {
    return new WriteSingleRequest(unitId, address, value).toFrame();
  }
}
