package io.solargw.gateway.commission;

import io.solargw.gateway.poll.DeviceReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Active fault and alarm codes of one unit, with the manual's troubleshooting text (7.2). */
final class UnitCodes {

  private UnitCodes() {}

  static List<Check> check(DeviceReport r) {
    List<Check> out = new ArrayList<>();
    for (Object o : Lookup.list(r.values(), "codes")) {
      if (!(o instanceof Map<?, ?> code)) {
        continue;
      }
      String kind = String.valueOf(code.get("kind"));
      Object number = code.get("number");
      Object text = code.get("text");
      Object help = code.get("troubleshooting");
      boolean fault = kind.equals("fault");
      out.add(
          new Check(
              "inverter.codes",
              "Active " + kind + " " + number,
              r.deviceId(),
              fault ? Verdict.FAIL : Verdict.WARN,
              List.of(kind + " " + number + ": " + (text == null ? "unknown code" : text)),
              fix(number, help)));
    }
    if (out.isEmpty()) {
      out.add(
          Check.pass(
              "inverter.codes",
              "No active fault or alarm",
              r.deviceId(),
              List.of("no fault or alarm code active")));
    }
    return out;
  }

  private static String fix(Object number, Object help) {
    if (help != null && !String.valueOf(help).isBlank()) {
      return String.valueOf(help);
    }
    if ("510".equals(String.valueOf(number))) {
      return "Mismatched software version: every unit of the stack must run the same firmware"
          + " (see the firmware check for the odd unit).";
    }
    return "See the inverter manual, 7.1 error codes; clear the cause and restart the unit.";
  }
}
