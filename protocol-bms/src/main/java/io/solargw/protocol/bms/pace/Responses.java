package io.solargw.protocol.bms.pace;

import io.solargw.protocol.bms.BmsProtocolException;
import io.solargw.protocol.bms.BmsProtocolException.Reason;
import io.solargw.protocol.bms.pace.internal.InfoReader;
import java.util.List;
import java.util.Optional;

/** Dispatch from the command answered to the decoder of its DATA_INFO layout. */
final class Responses {

  private Responses() {}

  static Response decode(Frame frame, ResponseContext ctx) throws BmsProtocolException {
    CommandCode command = ctx.command();
    ResponseHeader header = ResponseHeader.of(frame, command);
    Dialect dialect = ctx.dialect();
    if (command == PaceCommand.ANALOG || command == PylonCommand.ANALOG) {
      AnalogResponse r = AnalogResponse.decode(frame, dialect, ctx.commandInfo(), header);
      checkCells(
          frame,
          ctx,
          r.blocks().stream().map(b -> b.cellMillivolts().size()).toList(),
          r.blocks().stream().map(AnalogBlock::length).toList());
      return r;
    }
    if (command == PaceCommand.ALARM || command == PylonCommand.ALARM) {
      AlarmResponse r = AlarmResponse.decode(frame, dialect, ctx.commandInfo(), header);
      checkCells(
          frame,
          ctx,
          r.blocks().stream().map(b -> b.cellCodes().size()).toList(),
          r.blocks().stream().map(AlarmBlock::length).toList());
      return r;
    }
    Optional<ValuesLayout> layout = ValuesLayout.of(command);
    if (layout.isPresent()) {
      return ParameterResponse.decode(frame, dialect, layout.get(), header);
    }
    Optional<ProtectionParameter> group = ProtectionParameter.ofReadCommand(command);
    if (group.isPresent()) {
      return ProtectionParametersResponse.decode(frame, dialect, group.get(), header);
    }
    if (command instanceof PaceCommand pace) {
      return pace(frame, pace, header);
    }
    if (command == PylonCommand.MANAGEMENT_INFO) {
      return PylonManagementResponse.decode(frame, header);
    }
    if (command.write() || command == PylonCommand.PROTOCOL_VERSION) {
      return new AckResponse(header, frame.info());
    }
    return new RawResponse(header, frame.info(), "no decoder for " + command.description());
  }

  /** Cross-check of the cell counts against the pack's known count (W3). */
  private static void checkCells(
      Frame frame, ResponseContext ctx, List<Integer> counts, List<Integer> lengths)
      throws BmsProtocolException {
    if (ctx.cellCount().isEmpty()) {
      return;
    }
    int expected = ctx.cellCount().getAsInt();
    int pos = 2;
    for (int b = 0; b < counts.size(); b++) {
      if (counts.get(b) != expected) {
        throw new BmsProtocolException(
            Reason.LAYOUT,
            InfoReader.frameOffset(pos),
            String.format(
                "block %d announces cell count %d at %s, but the pack has %d cells: its per-cell"
                    + " values cannot be attributed",
                b + 1, counts.get(b), InfoReader.where(pos), expected),
            frame.encode());
      }
      pos += lengths.get(b);
    }
  }

  private static Response pace(Frame frame, PaceCommand command, ResponseHeader header)
      throws BmsProtocolException {
    int length = frame.infoLength();
    switch (command) {
      case DATE_TIME:
        return DateTimeResponse.decode(frame, header);
      case HISTORY_RECORD:
        return new HistoryRecordResponse(header, frame.info());
      case PROTOCOL_LIST:
        return ProtocolListResponse.decode(frame, header);
      case PROTOCOL_NAMES:
        return ProtocolNamesResponse.decode(frame, header);
      case CONTROL:
        if (length == 2) {
          return new ControlResponse(
              header, frame.infoByte(0), new ControlState(frame.infoByte(1)));
        }
        if (length != 0) {
          throw ResponseDecoder.lengthError(frame, "control answer", 2);
        }
        return new AckResponse(header, frame.info());
      case CHARGE_MOSFET:
      case DISCHARGE_MOSFET:
        if (length == 1) {
          return new IndicationResponse(header, frame.infoByte(0));
        }
        if (length != 0) {
          throw ResponseDecoder.lengthError(frame, "MOSFET control answer", 1);
        }
        return new AckResponse(header, frame.info());
      default:
        if (command.write()) {
          return new AckResponse(header, frame.info());
        }
        return new RawResponse(header, frame.info(), "no decoder for " + command.description());
    }
  }
}
