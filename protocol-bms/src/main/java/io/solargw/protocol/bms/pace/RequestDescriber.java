package io.solargw.protocol.bms.pace;

import io.solargw.protocol.bms.pace.internal.Hex;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON tree of a {@link Request}: header, command and the parameters its COMMAND_INFO carries. */
final class RequestDescriber {

  private RequestDescriber() {}

  static Map<String, Object> describe(Request r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", "request");
    m.put("version", Hex.byteText(r.dialect().code()));
    m.put("address", r.address());
    m.put("command", Hex.byteText(r.command().code()));
    m.put("command_name", r.command().description());
    byte[] info = r.info();
    CommandCode c = r.command();
    if (info.length == 1 && isPackSelect(c)) {
      m.put("pack", (info[0] & 0xFF) == PaceRequests.ALL_PACKS ? "all" : info[0] & 0xFF);
    } else if (info.length == 1 && c == PaceCommand.CONTROL) {
      m.put("sub_command", Hex.byteText(info[0]));
      m.put("sub_command_name", ControlCommand.describe(info[0] & 0xFF));
    } else if (info.length == 1
        && (c == PaceCommand.CHARGE_MOSFET || c == PaceCommand.DISCHARGE_MOSFET)) {
      m.put("mosfet", info[0] == 0 ? "on" : info[0] == 1 ? "off" : Hex.byteText(info[0]));
    } else if (info.length == 6 && c == PaceCommand.SET_DATE_TIME) {
      m.put(
          "date_time",
          String.format(
              "20%02d-%02d-%02dT%02d:%02d:%02d",
              info[0], info[1], info[2], info[3], info[4], info[5]));
    } else if (info.length == 3 && c == PaceCommand.SET_INVERTER_PROTOCOL) {
      m.put("can_protocol", Hex.byteText(info[0]));
      m.put("rs485_protocol", Hex.byteText(info[1]));
      m.put("mode", info[2] == 0 ? "automatic" : info[2] == 1 ? "manual" : Hex.byteText(info[2]));
    } else if (info.length == 2 && c == PaceCommand.HISTORY_RECORD) {
      m.put("record_index", (info[0] & 0xFF) << 8 | (info[1] & 0xFF));
    } else if (info.length == 1 && c instanceof PylonCommand) {
      m.put("command_value", info[0] & 0xFF);
    } else if (info.length > 0) {
      m.put("info_hex", Hex.of(info));
    }
    return m;
  }

  private static boolean isPackSelect(CommandCode c) {
    return c == PaceCommand.ANALOG
        || c == PaceCommand.ALARM
        || c == PylonCommand.ANALOG
        || c == PylonCommand.ALARM;
  }
}
