package io.solargw.protocol.inverter.rtu;

import io.solargw.protocol.inverter.rtu.internal.AnswerChecks;
import io.solargw.protocol.inverter.rtu.internal.Layout;
import io.solargw.protocol.inverter.rtu.internal.Wire;
import java.util.Arrays;
import java.util.Objects;

/**
 * Finds frame boundaries in a byte stream that has no RTU silence timing (RS485-over-TCP): given
 * the bytes received so far, says "complete frame of N bytes", "need more" or "skip N garbage
 * bytes". Never throws for any byte content.
 *
 * <p>Lengths come from the function code and byte count (Modbus over Serial Line V1.02, 2.5.1): a
 * read answer is 5 + byte count, a write answer 8, an exception answer 5; a request is 8 bytes for
 * functions 0x01..0x06 and 9 + byte count for 0x0F/0x10. The master's scanner does not check the
 * CRC, so that {@link RtuCodec} can report a damaged answer as a CRC error instead of a silent
 * timeout; the slave's scanner does, and skips damaged frames as a real slave ignores them, which
 * also resynchronises it on a continuous request stream.
 */
public final class RtuFramer {

  private static final int SHORTEST_ANSWER = 5;

  private RtuFramer() {}

  /** {@link #scanResponse(byte[], int, int, ModbusRequest)} over the whole array. */
  public static FrameScan scanResponse(byte[] received, ModbusRequest request) {
    return scanResponse(received, 0, received.length, request);
  }

  /**
   * Scans the answer to {@code request} at the start of {@code received[offset..offset+length)}.
   * Plausible starts are the address the answer may come from (any real address 0x01..0xF7 for a
   * request to 0xFF) followed by the request's function or function | 0x80.
   *
   * @throws IllegalArgumentException for a null array or request or bounds outside the array (API
   *     misuse; never for byte content)
   */
  public static FrameScan scanResponse(
      byte[] received, int offset, int length, ModbusRequest request) {
    checkBounds(received, offset, length);
    Objects.requireNonNull(request, "request");
    if (length == 0) {
      return new FrameScan.NeedMore(SHORTEST_ANSWER);
    }
    int address = received[offset] & 0xFF;
    if (!answerAddressFits(request, address)) {
      return new FrameScan.Skip(
          nextAnswerStart(received, offset, length, request),
          String.format(
              "address 0x%02X at offset 0 cannot answer a request to 0x%02X",
              address, request.unitId()));
    }
    if (length < 2) {
      return new FrameScan.NeedMore(SHORTEST_ANSWER - length);
    }
    int function = received[offset + 1] & 0xFF;
    if (!answerFunctionFits(request, function)) {
      return new FrameScan.Skip(
          nextAnswerStart(received, offset, length, request),
          String.format(
              "function 0x%02X at offset 1 cannot answer function 0x%02X",
              function, request.functionCode()));
    }
    int frameLength = Layout.answerLength(received, offset, length, request.functionCode());
    if (frameLength == Layout.NEED_HEADER) {
      return new FrameScan.NeedMore(SHORTEST_ANSWER - length);
    }
    if (frameLength > length) {
      return new FrameScan.NeedMore(frameLength - length);
    }
    return new FrameScan.Complete(Arrays.copyOfRange(received, offset, offset + frameLength));
  }

  /** {@link #scanRequest(byte[], int, int)} over the whole array. */
  public static FrameScan scanRequest(byte[] received) {
    return scanRequest(received, 0, received.length);
  }

  /**
   * Scans a request at the start of {@code received[offset..offset+length)} (the slave's side): any
   * address, a function with a known request layout (0x01..0x06, 0x0F, 0x10) and a valid CRC.
   *
   * @throws IllegalArgumentException for a null array or bounds outside the array (API misuse;
   *     never for byte content)
   */
  public static FrameScan scanRequest(byte[] received, int offset, int length) {
    checkBounds(received, offset, length);
    if (length < 2) {
      return new FrameScan.NeedMore(ReadRequest.FRAME_LENGTH - length);
    }
    int frameLength = Layout.requestLength(received, offset, length);
    if (frameLength == Layout.UNKNOWN) {
      int function = received[offset + 1] & 0xFF;
      String reason =
          function == 0x0F || function == 0x10
              ? String.format(
                  "byte count 0x%02X at offset 6 does not fit the count at offset 4 of function"
                      + " 0x%02X",
                  received[offset + 6] & 0xFF, function)
              : String.format("function 0x%02X at offset 1 has no request layout", function);
      return new FrameScan.Skip(nextRequestStart(received, offset, length), reason);
    }
    if (frameLength == Layout.NEED_HEADER || frameLength > length) {
      int wanted = frameLength == Layout.NEED_HEADER ? WriteMultipleRequest.OVERHEAD : frameLength;
      return new FrameScan.NeedMore(wanted - length);
    }
    if (!Wire.crcMatches(received, offset, frameLength)) {
      return new FrameScan.Skip(
          nextRequestStart(received, offset, length),
          String.format(
              "no valid frame at offset 0: CRC of the %d-byte candidate does not match",
              frameLength));
    }
    return new FrameScan.Complete(Arrays.copyOfRange(received, offset, offset + frameLength));
  }

  private static boolean answerAddressFits(ModbusRequest request, int address) {
    if (request.unitId() == AnswerChecks.UNIVERSAL_ADDRESS) {
      return address >= 1 && address <= AnswerChecks.MAX_REAL_ADDRESS;
    }
    return address == request.unitId();
  }

  private static boolean answerFunctionFits(ModbusRequest request, int function) {
    return function == request.functionCode() || function == (request.functionCode() | 0x80);
  }

  /** Bytes before the next position that could start an answer (at least 1). */
  private static int nextAnswerStart(byte[] bytes, int offset, int length, ModbusRequest request) {
    for (int i = 1; i < length; i++) {
      if (answerAddressFits(request, bytes[offset + i] & 0xFF)
          && (i + 1 == length || answerFunctionFits(request, bytes[offset + i + 1] & 0xFF))) {
        return i;
      }
    }
    return length;
  }

  /** Bytes before the next position whose function byte has a request layout (at least 1). */
  private static int nextRequestStart(byte[] bytes, int offset, int length) {
    for (int i = 1; i < length; i++) {
      if (i + 1 == length
          || Layout.requestLength(bytes, offset + i, length - i) != Layout.UNKNOWN) {
        return i;
      }
    }
    return length;
  }

  private static void checkBounds(byte[] received, int offset, int length) {
    if (received == null) {
      throw new IllegalArgumentException("received must not be null");
    }
    if (offset < 0 || length < 0 || offset > received.length - length) {
      throw new IllegalArgumentException(
          String.format(
              "offset and length must lie within 0..%d, got offset %d, length %d",
              received.length, offset, length));
    }
  }
}
