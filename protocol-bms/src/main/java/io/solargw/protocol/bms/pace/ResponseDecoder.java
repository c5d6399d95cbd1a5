package io.solargw.protocol.bms.pace;

import io.solargw.protocol.bms.BmsProtocolException;
import io.solargw.protocol.bms.BmsProtocolException.Reason;
import io.solargw.protocol.bms.pace.internal.InfoReader;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Turns a validated frame into a {@link Response}: checks VER and CID1 (PROTOCOL), RTN
 * (RETURN_CODE, with its meaning from bms.md §2.3) and, if required, ADR (ADDRESS), then decodes
 * DATA_INFO by the layout of the command answered. Answers carry no CID2, so the command must come
 * from the request ({@link ResponseContext}); {@link #decodeUnsolicited} handles frames seen
 * without one.
 */
public final class ResponseDecoder {

  private ResponseDecoder() {}

  /** Decodes the answer to {@code request}. */
  public static Response decode(Frame frame, Request request) throws BmsProtocolException {
    return decode(frame, ResponseContext.of(request));
  }

  /** Decodes an answer with everything the context expects checked first. */
  public static Response decode(Frame frame, ResponseContext ctx) throws BmsProtocolException {
    boolean anyVersion = ctx.command() == PylonCommand.PROTOCOL_VERSION;
    if ((!anyVersion && frame.version() != ctx.dialect().code()) || frame.cid1() != ctx.cid1()) {
      throw new BmsProtocolException(
          Reason.PROTOCOL,
          frame.version() != ctx.dialect().code() && !anyVersion ? 1 : 5,
          String.format(
              "wrong protocol: VER 0x%02X / CID1 0x%02X at offsets 1 and 5, expected VER 0x%02X"
                  + " (%s) / CID1 0x%02X",
              frame.version(), frame.cid1(), ctx.dialect().code(), ctx.dialect(), ctx.cid1()),
          frame.encode());
    }
    checkReturnCode(frame, Optional.of(ctx.command()));
    OptionalInt required = ctx.requiredAddress();
    if (required.isPresent() && frame.address() != required.getAsInt()) {
      throw new BmsProtocolException(
          Reason.ADDRESS,
          3,
          String.format(
              "answer from address %d (ADR at offset 3), expected address %d",
              frame.address(), required.getAsInt()),
          frame.encode());
    }
    return Responses.decode(frame, ctx);
  }

  /**
   * Decodes an answer seen without its request (e.g. on the command line): VER picks the dialect;
   * an empty INFO is an acknowledgement; otherwise the analog layout, then the alarm layout is
   * tried, each by whether its blocks fit INFO exactly; anything else is kept raw.
   */
  public static Response decodeUnsolicited(Frame frame) throws BmsProtocolException {
    Dialect dialect = dialectOf(frame);
    if (frame.cid1() != Request.LIFEPO4) {
      throw new BmsProtocolException(
          Reason.PROTOCOL,
          5,
          String.format("CID1 0x%02X at offset 5 is not a LiFePO4 battery (0x46)", frame.cid1()),
          frame.encode());
    }
    checkReturnCode(frame, Optional.empty());
    if (frame.infoLength() == 0) {
      return new AckResponse(ResponseHeader.of(frame, null), frame.info());
    }
    CommandCode analog = dialect == Dialect.PACE ? PaceCommand.ANALOG : PylonCommand.ANALOG;
    CommandCode alarm = dialect == Dialect.PACE ? PaceCommand.ALARM : PylonCommand.ALARM;
    try {
      return AnalogResponse.decode(
          frame, dialect, OptionalInt.empty(), ResponseHeader.of(frame, analog));
    } catch (BmsProtocolException notAnalog) {
      try {
        return AlarmResponse.decode(
            frame, dialect, OptionalInt.empty(), ResponseHeader.of(frame, alarm));
      } catch (BmsProtocolException notAlarm) {
        return new RawResponse(
            ResponseHeader.of(frame, null),
            frame.info(),
            "the command answered is unknown and INFO fits neither the analog layout ("
                + notAnalog.getMessage()
                + ") nor the alarm layout ("
                + notAlarm.getMessage()
                + "); decode it with its request");
      }
    }
  }

  /**
   * True if {@code frame} reads as a request: its CID2 is a documented command of its dialect (PACE
   * 0x90 is the pack-count command, not the Pylontech ADR-error return code).
   */
  public static boolean isRequest(Frame frame) {
    return Dialect.of(frame.version())
        .map(d -> !(CommandCode.of(d, frame.cid2()) instanceof UnknownCommand))
        .orElse(false);
  }

  /** The dialect of VER, or a PROTOCOL error naming it. */
  public static Dialect dialectOf(Frame frame) throws BmsProtocolException {
    return Dialect.of(frame.version())
        .orElseThrow(
            () ->
                new BmsProtocolException(
                    Reason.PROTOCOL,
                    1,
                    String.format(
                        "wrong protocol: VER 0x%02X at offset 1 is neither PACE (0x25) nor"
                            + " Pylontech (0x20)",
                        frame.version()),
                    frame.encode()));
  }

  private static void checkReturnCode(Frame frame, Optional<CommandCode> command)
      throws BmsProtocolException {
    if (frame.cid2() != ReturnCode.NORMAL.code()) {
      String what = command.map(c -> " to " + c.description()).orElse("");
      throw new BmsProtocolException(
          Reason.RETURN_CODE,
          7,
          "RTN "
              + ReturnCode.describe(frame.cid2())
              + " at offset 7: the BMS refused the request"
              + what,
          frame.encode());
    }
  }

  static BmsProtocolException lengthError(Frame frame, String what, int expected) {
    Reason reason = frame.infoLength() < expected ? Reason.TRUNCATED : Reason.TRAILING_DATA;
    int at = Math.min(frame.infoLength(), expected);
    return new BmsProtocolException(
        reason,
        InfoReader.frameOffset(at),
        what
            + " has "
            + frame.infoLength()
            + " INFO byte(s), expected "
            + expected
            + " (at "
            + InfoReader.where(at)
            + ")",
        frame.encode());
  }
}
