package io.solargw.gateway.commission;

import io.solargw.gateway.poll.DeviceReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per-unit inverter checks: every expected address answers, its address read-back ([29] PDI) is its
 * own and unique, BMS communication is on with the Pylontech protocol when a lithium rack is
 * present ([32] BMS, [33] BDS), and no fault or alarm is active (manual 7.1, 7.2). Pure.
 */
public final class InverterChecks {

  private InverterChecks() {}

  /** The checks of every expected unit. */
  public static List<Check> check(SiteReadings site) {
    List<Check> out = new ArrayList<>();
    Map<String, List<String>> byReadBack = new TreeMap<>();
    for (Map.Entry<Integer, DeviceReport> e : site.inverters().entrySet()) {
      int address = e.getKey();
      DeviceReport r = e.getValue();
      String device = r.deviceId();
      if (!Lookup.answered(r)) {
        out.add(
            new Check(
                "inverter.answers",
                "Unit answers at address " + address,
                device,
                Verdict.FAIL,
                List.of("no answer at address " + address + ": " + r.problem().orElse("no answer")),
                "Check the RS485 cable to this unit (A to A, B to B), that it is switched on, and"
                    + " that its setting [29] PDI (device communication address) is "
                    + address
                    + ". Each unit of the stack needs its own address."));
        continue;
      }
      String serial = Lookup.point(r, "serial_number").orElse("?");
      out.add(
          Check.pass(
              "inverter.answers",
              "Unit answers at address " + address,
              device,
              List.of(
                  "answered at address "
                      + address
                      + ", serial "
                      + serial
                      + ", APP "
                      + Lookup.point(r, "app_version").orElse("?"))));
      Lookup.setting(r, "rs485_address")
          .ifPresent(a -> byReadBack.computeIfAbsent(a, k -> new ArrayList<>()).add(device));
      if (site.hasRack()) {
        out.add(bms(r));
      }
      out.addAll(UnitCodes.check(r));
    }
    out.add(addresses(byReadBack));
    return out;
  }

  private static Check addresses(Map<String, List<String>> byReadBack) {
    List<String> evidence = new ArrayList<>();
    List<String> clash = new ArrayList<>();
    byReadBack.forEach(
        (address, units) -> {
          evidence.add("[29] PDI = " + address + " on " + String.join(", ", units));
          if (units.size() > 1) {
            clash.addAll(units);
          }
        });
    String title = "Device addresses are unique";
    if (clash.isEmpty()) {
      return Check.pass("stack.addresses", title, "stack", evidence);
    }
    return new Check(
        "stack.addresses",
        title,
        String.join(", ", clash),
        Verdict.FAIL,
        evidence,
        "Give every unit its own address with setting [29] PDI (1..9); two units on one address"
            + " answer at once and garble each other's replies.");
  }

  private static Check bms(DeviceReport r) {
    String mode = Lookup.setting(r, "bms_communication").orElse("unreadable");
    String protocol = Lookup.setting(r, "bms_protocol").orElse("unreadable");
    List<String> evidence =
        List.of("[32] BMS = " + mode, "[33] BDS = " + protocol, "a lithium rack is expected");
    String title = "BMS communication with the rack";
    boolean on = mode.equals("CAN") || mode.equals("485");
    if (on && protocol.equals("PYL")) {
      return Check.pass("inverter.bms", title, r.deviceId(), evidence);
    }
    return new Check(
        "inverter.bms",
        title,
        r.deviceId(),
        Verdict.FAIL,
        evidence,
        "Set [32] BMS to CAN (or 485, matching the cable to pack 1's CAN/RS485 port) and [33] BDS"
            + " to PYL (Pylontech protocol), so the inverter charges by the BMS's limits. The"
            + " inverter only needs to talk to the master pack (pack 1).");
  }
}
