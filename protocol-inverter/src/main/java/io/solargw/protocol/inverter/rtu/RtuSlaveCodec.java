package io.solargw.protocol.inverter.rtu;

import io.solargw.protocol.inverter.InverterProtocolException;
import io.solargw.protocol.inverter.InverterProtocolException.Reason;
import io.solargw.protocol.inverter.rtu.internal.Wire;

/**
 * Decodes request frames on the slave's side (the simulator); answers are encoded by the response
 * records' {@code toFrame()}.
 *
 * <p>Handles 0x03, 0x04, 0x06 and 0x10 (SRNE V1.96 section 3); any other CRC-valid request raises
 * UNSUPPORTED_FUNCTION, which a slave answers with {@link ModbusExceptionCode#ILLEGAL_FUNCTION}
 * through {@link #refuseUnsupported(byte[])}.
 */
public final class RtuSlaveCodec {

  private RtuSlaveCodec() {}

  /**
   * Parses a complete request frame.
   *
   * @throws InverterProtocolException TRUNCATED or LENGTH for a wrong size, CRC,
   *     UNSUPPORTED_FUNCTION for a function other than 0x03/0x04/0x06/0x10, OUT_OF_RANGE for an
   *     impossible count, LENGTH for a write-multiple byte count that is not 2 x count
   */
  public static ModbusRequest decodeRequest(byte[] frame) throws InverterProtocolException {
    Wire.requireFrame(frame);
    if (frame.length < 2) {
      Wire.checkSize(frame, ReadRequest.FRAME_LENGTH, "a request");
    }
    int function = frame[1] & 0xFF;
    switch (function) {
      case 0x03, 0x04 -> {
        return ReadRequest.fromFrame(frame);
      }
      case 0x06 -> {
        return WriteSingleRequest.fromFrame(frame);
      }
      case 0x10 -> {
        return WriteMultipleRequest.fromFrame(frame);
      }
      default -> {
        if (frame.length >= 4) {
          Wire.checkCrc(frame);
        }
        throw new InverterProtocolException(
            Reason.UNSUPPORTED_FUNCTION,
            1,
            String.format(
                "function 0x%02X at offset 1 is not supported (0x03, 0x04, 0x06, 0x10 are)",
                function),
            frame);
      }
    }
  }

  /**
   * The ILLEGAL_FUNCTION answer to a CRC-valid request whose function this codec lacks (what {@link
   * #decodeRequest} reported as UNSUPPORTED_FUNCTION).
   *
   * @throws IllegalArgumentException when the frame is shorter than 2 bytes or its function byte
   *     already has the 0x80 flag
   */
  public static ExceptionResponse refuseUnsupported(byte[] frame) {
    Wire.requireFrame(frame);
    if (frame.length < 2 || (frame[1] & 0x80) != 0 || frame[1] == 0) {
      throw new IllegalArgumentException("frame must hold an address and a function 0x01..0x7F");
    }
    return new ExceptionResponse(
        frame[0] & 0xFF, frame[1] & 0xFF, ModbusExceptionCode.ILLEGAL_FUNCTION.code());
  }
}
