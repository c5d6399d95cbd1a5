package io.solargw.protocol.inverter.rtu;

import io.solargw.protocol.inverter.rtu.internal.Wire;
import java.util.Optional;

/**
 * A Modbus exception answer: the slave refused the request with a one-byte code.
 *
 * <p>Wire: {@code addr (fc | 0x80) code crcLo crcHi}, 5 bytes, e.g. 0x83 0x02 for an illegal read
 * address (SRNE V1.96 sections 3.1-3.4, inverter-modbus.md 2.2). An undocumented code is kept as
 * its raw number.
 *
 * @param unitId answering slave address 0..255
 * @param functionCode the request's function 0x01..0x7F (without the 0x80 flag)
 * @param exceptionCode the code byte 0..255
 */
public record ExceptionResponse(int unitId, int functionCode, int exceptionCode)
    implements ModbusResponse {

  /** Length of an exception answer. */
  public static final int FRAME_LENGTH = 5;

  /** Validates ranges; throws {@link IllegalArgumentException} naming the parameter. */
  public ExceptionResponse {
    Wire.require("unitId", unitId, 0, 0xFF);
    Wire.require("functionCode", functionCode, 0x01, 0x7F);
    Wire.require("exceptionCode", exceptionCode, 0, 0xFF);
  }

  /** The exception answer a slave sends to refuse {@code request} with {@code code}. */
  public static ExceptionResponse refusing(ModbusRequest request, ModbusExceptionCode code) {
    return new ExceptionResponse(request.unitId(), request.functionCode(), code.code());
  }

  /** The documented meaning, or empty for an undocumented code. */
  public Optional<ModbusExceptionCode> code() {
    return ModbusExceptionCode.of(exceptionCode);
  }

  /** E.g. {@code "illegal data address: the start address or start + count is outside ..."}. */
  public String meaning() {
    return ModbusExceptionCode.describe(exceptionCode);
  }

  /** The 5-byte frame with CRC. */
  @Override
  public byte[] toFrame() {
    byte[] frame = new byte[FRAME_LENGTH];
    frame[0] = (byte) unitId;
    frame[1] = (byte) (functionCode | FunctionCode.EXCEPTION_FLAG);
    frame[2] = (byte) exceptionCode;
    return Wire.sealWithCrc(frame);
  }
}
