package io.solargw.protocol.inverter.rtu.internal;

import io.solargw.protocol.inverter.InverterProtocolException;
import io.solargw.protocol.inverter.InverterProtocolException.Reason;
import io.solargw.protocol.inverter.rtu.ModbusExceptionCode;
import io.solargw.protocol.inverter.rtu.ModbusRequest;

/**
 * The checks every answer passes before its data is read (inverter-modbus.md section 7 item 1), in
 * this order: length against the frame's own header, CRC, answering address, function (or exception
 * answer), then the size the request implies.
 */
public final class AnswerChecks {

  /** Largest real slave address (Modbus over Serial Line V1.02, 2.2). */
  public static final int MAX_REAL_ADDRESS = 247;

  /** SRNE's "any inverter" address; the answer carries the real one (inverter-modbus.md 2.1). */
  public static final int UNIVERSAL_ADDRESS = 0xFF;

  private AnswerChecks() {}

  /**
   * Runs length, CRC, address and function checks.
   *
   * @return true for a well-formed exception answer (function | 0x80), false for a normal answer
   */
  public static boolean checkFrame(ModbusRequest request, byte[] frame)
      throws InverterProtocolException {
    Wire.requireFrame(frame);
    if (frame.length < 5) {
      throw new InverterProtocolException(
          Reason.TRUNCATED,
          frame.length,
          String.format(
              "frame ends after %d bytes; the shortest answer (an exception) needs 5",
              frame.length),
          frame);
    }
    int layout = Layout.answerLength(frame, 0, frame.length, request.functionCode());
    if (layout > frame.length) {
      throw new InverterProtocolException(
          Reason.TRUNCATED,
          frame.length,
          String.format(
              "frame ends after %d bytes; its header (function 0x%02X, byte 2 = 0x%02X) needs %d",
              frame.length, frame[1] & 0xFF, frame[2] & 0xFF, layout),
          frame);
    }
    Wire.checkCrc(frame);
    checkAddress(request, frame);
    int function = frame[1] & 0xFF;
    if (function == (request.functionCode() | 0x80)) {
      Wire.checkSize(frame, 5, "an exception answer");
      return true;
    }
    if (function != request.functionCode()) {
      throw new InverterProtocolException(
          Reason.FUNCTION,
          1,
          String.format(
              "function at offset 1: expected 0x%02X, got 0x%02X",
              request.functionCode(), function),
          frame);
    }
    return false;
  }

  /** The {@link Reason#EXCEPTION} for a checked exception answer, naming code and meaning. */
  public static InverterProtocolException exceptionAnswer(ModbusRequest request, byte[] frame) {
    int code = frame[2] & 0xFF;
    return new InverterProtocolException(
        Reason.EXCEPTION,
        2,
        String.format(
            "exception 0x%02X at offset 2 in answer to function 0x%02X: %s",
            code, request.functionCode(), ModbusExceptionCode.describe(code)),
        frame);
  }

  private static void checkAddress(ModbusRequest request, byte[] frame)
      throws InverterProtocolException {
    int asked = request.unitId();
    int answered = frame[0] & 0xFF;
    String expected;
    if (asked == UNIVERSAL_ADDRESS) {
      if (answered >= 1 && answered <= MAX_REAL_ADDRESS) {
        return;
      }
      expected = "a real address 0x01..0xF7 (the request went to 0xFF)";
    } else if (asked == 0) {
      expected = "no answer at all (the request was a broadcast to 0x00)";
    } else {
      if (answered == asked) {
        return;
      }
      expected = String.format("0x%02X", asked);
    }
    throw new InverterProtocolException(
        Reason.ADDRESS,
        0,
        String.format("address at offset 0: expected %s, got 0x%02X", expected, answered),
        frame);
  }
}
