package io.solargw.gateway.poll;

import io.solargw.gateway.bus.FrameSearch;
import io.solargw.gateway.bus.ResponseFramer;
import io.solargw.protocol.inverter.rtu.FrameScan;
import io.solargw.protocol.inverter.rtu.ModbusRequest;
import io.solargw.protocol.inverter.rtu.ReadRequest;
import io.solargw.protocol.inverter.rtu.RtuCodec;
import io.solargw.protocol.inverter.rtu.RtuFramer;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the answer to a request among late answers of the same unit, for a unit that still owes
 * answers of other shapes: only a frame with a valid CRC and the request's own shape (its function
 * and the length of its normal answer) is taken. Any other whole frame from the unit, an exception
 * included (any request of the same function may have caused it), is a late answer to an earlier
 * request: stepped over and counted. Bytes that make no valid frame are stepped over one at a time.
 */
final class OwnAnswerFramer implements ResponseFramer {

  private final ModbusRequest request;
  private final int length;
  private final List<int[]> late = new ArrayList<>();

  OwnAnswerFramer(ModbusRequest request) {
    this(request, OwedAnswers.answerLength(request));
  }

  private OwnAnswerFramer(ModbusRequest request, int length) {
    this.request = request;
    this.length = length;
  }

  /**
   * A framer that takes no frame as an answer, for listening to the late answers of {@code like}'s
   * unit without a request waiting: every whole frame of {@code like}'s function is a late one.
   */
  static OwnAnswerFramer listening(ModbusRequest like) {
    return new OwnAnswerFramer(like, -1);
  }

  /** The shapes ({function, length}) of the whole late answers stepped over so far, in order. */
  List<int[]> lateShapes() {
    return late;
  }

  @Override
  public FrameSearch search(byte[] buffer, int available) {
    FrameScan scan = RtuFramer.scanResponse(buffer, 0, available, request);
    if (scan instanceof FrameScan.Skip s) {
      return new FrameSearch.Skip(s.count(), s.reason());
    }
    if (!(scan instanceof FrameScan.Complete c)) {
      return new FrameSearch.NeedMore();
    }
    byte[] frame = c.frame();
    int n = frame.length;
    int crc = (frame[n - 2] & 0xFF) | (frame[n - 1] & 0xFF) << 8;
    if (RtuCodec.crc16(frame, 0, n - 2) != crc) {
      return new FrameSearch.Skip(1, "CRC of a " + n + "-byte candidate does not match");
    }
    if ((frame[1] & 0xFF) == request.functionCode() && n == length && countFits(frame)) {
      return new FrameSearch.Found(0, n);
    }
    late.add(new int[] {frame[1] & 0xFF, n});
    return new FrameSearch.Skip(
        n,
        String.format(
            "a late answer (function 0x%02X, %d bytes) to an earlier request", frame[1] & 0xFF, n));
  }

  private boolean countFits(byte[] frame) {
    return !(request instanceof ReadRequest read) || (frame[2] & 0xFF) == 2 * read.count();
  }
}
