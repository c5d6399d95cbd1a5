package io.solargw.protocol.inverter.rtu;

import io.solargw.protocol.inverter.InverterProtocolException;
import io.solargw.protocol.inverter.InverterProtocolException.Reason;
import io.solargw.protocol.inverter.rtu.internal.AnswerChecks;
import io.solargw.protocol.inverter.rtu.internal.Wire;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Decodes a slave's answer against the request it answers (the master's side) and computes the
 * CRC-16/MODBUS.
 *
 * <p>Checks, in order (inverter-modbus.md section 7 item 1): the frame is as long as its own header
 * says (TRUNCATED), CRC (low byte first), answering address (a request to 0xFF accepts any real
 * address 0x01..0xF7, 2.1), function (an exception answer {@code fc | 0x80} becomes EXCEPTION with
 * the code's meaning, 2.2), byte count = 2 x registers requested (LENGTH; rejects the mismatched
 * capture T17), no trailing bytes (LENGTH), write echo (ECHO).
 */
public final class RtuCodec {

  private static final int[] CRC_TABLE = crcTable();

  private RtuCodec() {}

  /**
   * Validates the answer to a read and returns its registers.
   *
   * @throws InverterProtocolException with reason TRUNCATED, CRC, ADDRESS, FUNCTION, EXCEPTION or
   *     LENGTH; the message names what was expected and what came, e.g. {@code "byte count at
   *     offset 2: expected 0x22 (17 registers), got 0x28"}
   */
  public static ReadResponse decodeReadResponse(ReadRequest request, byte[] responseFrame)
      throws InverterProtocolException {
    Objects.requireNonNull(request, "request");
    if (AnswerChecks.checkFrame(request, responseFrame)) {
      throw AnswerChecks.exceptionAnswer(request, responseFrame);
    }
    return readBody(request, responseFrame);
  }

  /**
   * Validates the echo of a write-single: same register and value.
   *
   * @throws InverterProtocolException TRUNCATED, CRC, ADDRESS, FUNCTION, EXCEPTION, LENGTH, or ECHO
   *     when register or value differ
   */
  public static WriteSingleResponse decodeWriteSingleResponse(
      WriteSingleRequest request, byte[] responseFrame) throws InverterProtocolException {
    Objects.requireNonNull(request, "request");
    if (AnswerChecks.checkFrame(request, responseFrame)) {
      throw AnswerChecks.exceptionAnswer(request, responseFrame);
    }
    return writeSingleBody(request, responseFrame);
  }

  /**
   * Validates the answer to a write-multiple: same start address and count.
   *
   * @throws InverterProtocolException TRUNCATED, CRC, ADDRESS, FUNCTION, EXCEPTION, LENGTH, or ECHO
   *     when start or count differ
   */
  public static WriteMultipleResponse decodeWriteMultipleResponse(
      WriteMultipleRequest request, byte[] responseFrame) throws InverterProtocolException {
    Objects.requireNonNull(request, "request");
    if (AnswerChecks.checkFrame(request, responseFrame)) {
      throw AnswerChecks.exceptionAnswer(request, responseFrame);
    }
    return writeMultipleBody(request, responseFrame);
  }

  /**
   * Validates any answer; unlike the typed decoders, a well-formed exception answer is returned as
   * an {@link ExceptionResponse} value (so a poller can read code 0x02 and split its block).
   *
   * @throws InverterProtocolException for every other failure, as the typed decoders
   */
  public static ModbusResponse decodeResponse(ModbusRequest request, byte[] responseFrame)
      throws InverterProtocolException {
    Objects.requireNonNull(request, "request");
    if (AnswerChecks.checkFrame(request, responseFrame)) {
      return new ExceptionResponse(
          responseFrame[0] & 0xFF, request.functionCode(), responseFrame[2] & 0xFF);
    }
    if (request instanceof ReadRequest read) {
      return readBody(read, responseFrame);
    } else if (request instanceof WriteSingleRequest single) {
      return writeSingleBody(single, responseFrame);
    } else {
      return writeMultipleBody((WriteMultipleRequest) request, responseFrame);
    }
  }

  /**
   * CRC-16/MODBUS (poly 0x8005 reflected = 0xA001, init 0xFFFF, no final xor) of {@code length}
   * bytes from {@code offset}; sent low byte first. The CRC of the nine bytes "123456789" is
   * 0x4B37.
   */
  public static int crc16(byte[] data, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, data.length);
    int crc = 0xFFFF;
    for (int i = offset; i < offset + length; i++) {
      crc = (crc >>> 8) ^ CRC_TABLE[(crc ^ data[i]) & 0xFF];
    }
    return crc;
  }

  /** Byte count, size and registers of a frame that passed {@link AnswerChecks#checkFrame}. */
  private static ReadResponse readBody(ReadRequest request, byte[] frame)
      throws InverterProtocolException {
    int byteCount = frame[2] & 0xFF;
    if (byteCount != 2 * request.count()) {
      throw new InverterProtocolException(
          Reason.LENGTH,
          2,
          String.format(
              "byte count at offset 2: expected 0x%02X (%d registers), got 0x%02X",
              2 * request.count(), request.count(), byteCount),
          frame);
    }
    Wire.checkSize(
        frame, 5 + byteCount, String.format("an answer with byte count 0x%02X", byteCount));
    List<Integer> registers = new ArrayList<>(request.count());
    for (int i = 0; i < request.count(); i++) {
      registers.add(Wire.u16(frame, 3 + 2 * i));
    }
    return new ReadResponse(
        frame[0] & 0xFF, request.functionCode(), request.startAddress(), registers);
  }

  private static WriteSingleResponse writeSingleBody(WriteSingleRequest request, byte[] frame)
      throws InverterProtocolException {
    Wire.checkSize(frame, WriteSingleRequest.FRAME_LENGTH, "a write-single echo");
    checkEcho(frame, 2, "register address", request.address());
    checkEcho(frame, 4, "value", request.value());
    return new WriteSingleResponse(frame[0] & 0xFF, request.address(), request.value());
  }

  private static WriteMultipleResponse writeMultipleBody(WriteMultipleRequest request, byte[] frame)
      throws InverterProtocolException {
    Wire.checkSize(frame, WriteMultipleResponse.FRAME_LENGTH, "a write-multiple answer");
    checkEcho(frame, 2, "start address", request.startAddress());
    checkEcho(frame, 4, "register count", request.values().size());
    return new WriteMultipleResponse(
        frame[0] & 0xFF, request.startAddress(), request.values().size());
  }

  private static void checkEcho(byte[] frame, int offset, String what, int expected)
      throws InverterProtocolException {
    int actual = Wire.u16(frame, offset);
    if (actual != expected) {
      throw new InverterProtocolException(
          Reason.ECHO,
          offset,
          String.format(
              "echoed %s at offset %d: expected 0x%04X, got 0x%04X",
              what, offset, expected, actual),
          frame);
    }
  }

  private static int[] crcTable() {
    int[] table = new int[256];
    for (int n = 0; n < 256; n++) {
      int crc = n;
      for (int bit = 0; bit < 8; bit++) {
        crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xA001 : crc >>> 1;
      }
      table[n] = crc;
    }
    return table;
  }
}
