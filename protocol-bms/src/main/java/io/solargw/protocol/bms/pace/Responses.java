package io.solargw.protocol.bms.pace;

import io.solargw.protocol.bms.BmsProtocolException;
import java.util.Optional;

/** Dispatch from the command answered to the decoder of its DATA_INFO layout. */
final class Responses {

  private Responses() {}

  static Response decode(Frame frame, ResponseContext ctx) throws BmsProtocolException {
    CommandCode command = ctx.command();
    ResponseHeader header = ResponseHeader.of(frame, command);
    Dialect dialect = ctx.dialect();
    if (command == PaceCommand.ANALOG || command == PylonCommand.ANALOG) {
      return AnalogResponse.decode(frame, dialect, ctx.commandInfo(), header);
    }
    if (command == PaceCommand.ALARM || command == PylonCommand.ALARM) {
      return AlarmResponse.decode(frame, dialect, ctx.commandInfo(), header);
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
