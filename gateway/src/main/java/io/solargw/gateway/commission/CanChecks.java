package io.solargw.gateway.commission;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CAN-side checks, when a CAN source was read: the summary frames arrive, the master's CAN values
 * agree with what the packs answer on RS485 (SOC, voltage, current, pack count), and the charge
 * limits it gives the inverter are sane for a 16-cell LiFePO4 rack. Tolerances are ours (the
 * manuals give none) and listed in docs/how-to/commissioning.md. Pure.
 */
public final class CanChecks {

  static final double SOC_WARN_PCT = 3;
  static final double SOC_FAIL_PCT = 10;
  static final double VOLT_WARN = 0.5;
  static final double VOLT_FAIL = 2;

  /** Current: warn above max(2 A, 5 %), fail above max(10 A, 20 %) of the RS485 sum. */
  static final double AMP_WARN = 2;

  static final double AMP_FAIL = 10;

  /**
   * LiFePO4 per-cell bounds for the limits: charge 3.40..3.65 V (the inverter manual's highest
   * lithium boost voltage is 58.4 V = 16 x 3.65 V), discharge 2.50..3.20 V (its lowest shut-down
   * voltage BDL is 40 V = 16 x 2.5 V).
   */
  static final double CVL_MIN_CELL = 3.40;

  static final double CVL_MAX_CELL = 3.65;
  static final double DVL_MIN_CELL = 2.50;
  static final double DVL_MAX_CELL = 3.20;

  private static final String FIX_LINK =
      "The inverter follows the CAN values, the gateway shows the RS485 ones: check that the CAN"
          + " cable goes from pack 1 (master) to the inverter's BMS port, that pack 1's CAN"
          + " protocol is Pylontech, and that the inverter's BMS protocol [33] BDS is PYL. If"
          + " they still differ, update the packs' firmware or ask the battery supplier.";

  private CanChecks() {}

  /** The CAN checks; none when no CAN source was read. */
  public static List<Check> check(SiteReadings site) {
    List<Check> out = new ArrayList<>();
    if (site.can().isEmpty()) {
      return out;
    }
    CanReading can = site.can().get();
    Check frames = frames(can);
    out.add(frames);
    if (frames.verdict() == Verdict.FAIL && can.idsSeen().isEmpty()) {
      return out;
    }
    Map<String, Object> v = can.values();
    Map<Integer, Map<String, Object>> packs = RackChecks.answered(site);
    Rs485 rack = Rs485.of(packs);
    if (!packs.isEmpty()) {
      Lookup.number(v, "soc_pct").ifPresent(s -> rack.soc.ifPresent(r -> out.add(soc(s, r))));
      Lookup.number(v, "voltage_V").ifPresent(x -> out.add(voltage(x, rack.volts)));
      Lookup.number(v, "current_A").ifPresent(x -> out.add(current(x, rack.amps)));
      Lookup.number(v, "module_count")
          .ifPresent(n -> out.add(packCount(n.intValue(), site.expectedPacks())));
    }
    if (v.containsKey("charge_voltage_V")) {
      out.add(limits(v, rack));
    }
    return out;
  }

  /** The RS485 side: capacity-weighted SOC, mean voltage, summed current, cells and capacity. */
  private record Rs485(Optional<Double> soc, double volts, double amps, int cells, double ah) {
    static Rs485 of(Map<Integer, Map<String, Object>> packs) {
      double weighted = 0;
      double weights = 0;
      double volts = 0;
      double amps = 0;
      double ah = 0;
      int cells = 16;
      for (Map<String, Object> p : packs.values()) {
        double capacity =
            Lookup.number(p, "design_Ah").or(() -> Lookup.number(p, "full_Ah")).orElse(0.0);
        Optional<Double> soc = Lookup.number(p, "soc_pct");
        double w = capacity > 0 ? capacity : 1;
        if (soc.isPresent()) {
          weighted += soc.get() * w;
          weights += w;
        }
        volts += Lookup.number(p, "voltage_V").orElse(0.0);
        amps += Lookup.number(p, "current_A").orElse(0.0);
        ah += capacity;
        cells = Lookup.number(p, "cell_count").map(Double::intValue).orElse(cells);
      }
      int n = Math.max(1, packs.size());
      Optional<Double> soc = weights > 0 ? Optional.of(weighted / weights) : Optional.empty();
      return new Rs485(soc, volts / n, amps, cells, ah);
    }
  }

  private static Check frames(CanReading can) {
    String title = "Battery CAN frames arrive";
    if (can.problem().isPresent() || can.idsSeen().isEmpty()) {
      return new Check(
          "can.frames",
          title,
          "rack",
          Verdict.FAIL,
          List.of(
              can.source()
                  + ": "
                  + can.problem().orElse("no frame")
                  + (can.badLines() > 0 ? ", " + can.badLines() + " unreadable lines" : "")),
          "No CAN frame came from the battery: check the CAN adapter and its cable to pack 1's"
              + " CAN port, the bit rate (500 kbit/s), the 120 ohm termination, and that pack 1's"
              + " CAN protocol is Pylontech.");
    }
    List<String> missing = new ArrayList<>();
    for (int id : CanReader.SUMMARY_IDS) {
      String hex = String.format("0x%03X", id);
      if (!can.idsSeen().contains(hex)) {
        missing.add(hex);
      }
    }
    List<String> evidence =
        List.of(
            can.source()
                + ": "
                + (can.frames() > 0 ? can.frames() + " frames, " : "")
                + "ids "
                + String.join(" ", can.idsSeen()));
    if (missing.isEmpty()) {
      return Check.pass("can.frames", title, "rack", evidence);
    }
    boolean essential =
        missing.stream().anyMatch(m -> List.of("0x351", "0x355", "0x356").contains(m));
    List<String> more = new ArrayList<>(evidence);
    more.add("missing: " + String.join(" ", missing));
    return new Check(
        "can.frames",
        title,
        "rack",
        essential ? Verdict.FAIL : Verdict.WARN,
        more,
        "The battery does not send every frame of the Pylontech set (limits 0x351, SOC 0x355,"
            + " voltage/current 0x356, flags 0x359, requests 0x35C): set pack 1's CAN protocol to"
            + " Pylontech; newer firmwares send 0x35A/0x35F instead of 0x359/0x35C.");
  }

  private static Check soc(double can, double rs485) {
    return agreement(
        "can.soc",
        "CAN SOC agrees with the packs",
        "CAN " + round1(can) + " %, RS485 (capacity-weighted) " + round1(rs485) + " %",
        Math.abs(can - rs485),
        "%",
        SOC_WARN_PCT,
        SOC_FAIL_PCT);
  }

  private static Check voltage(double can, double rs485) {
    return agreement(
        "can.voltage",
        "CAN voltage agrees with the packs",
        "CAN " + round2(can) + " V, RS485 (mean of packs) " + round2(rs485) + " V",
        Math.abs(can - rs485),
        "V",
        VOLT_WARN,
        VOLT_FAIL);
  }

  private static Check current(double can, double rs485) {
    return agreement(
        "can.current",
        "CAN current agrees with the packs",
        "CAN " + round1(can) + " A, RS485 (sum of packs) " + round1(rs485) + " A (+ = charge)",
        Math.abs(can - rs485),
        "A",
        Math.max(AMP_WARN, 0.05 * Math.abs(rs485)),
        Math.max(AMP_FAIL, 0.20 * Math.abs(rs485)));
  }

  /** CAN against RS485: {@code d} above {@code warn} warns, above {@code fail} fails. */
  private static Check agreement(
      String id, String title, String values, double d, String unit, double warn, double fail) {
    String diff =
        String.format(
            "difference %s %s (warn above %s, fail above %s)",
            unit.equals("V") ? round2(d) : round1(d), unit, round2(warn), round2(fail));
    Verdict v = d > fail ? Verdict.FAIL : d > warn ? Verdict.WARN : Verdict.PASS;
    return new Check(
        id, title, "rack", v, List.of(values, diff), v == Verdict.PASS ? "" : FIX_LINK);
  }

  private static Check packCount(int can, int expected) {
    List<String> evidence = List.of("CAN 0x359 lists " + can + " packs, " + expected + " expected");
    if (can == expected) {
      return Check.pass("can.pack_count", "CAN pack count", "rack", evidence);
    }
    return new Check(
        "can.pack_count",
        "CAN pack count",
        "rack",
        Verdict.FAIL,
        evidence,
        "The master reports another rack size to the inverter: check the link cables between"
            + " packs and every pack's DIP address, then restart pack 1.");
  }

  private static Check limits(Map<String, Object> v, Rs485 rack) {
    double cvl = Lookup.number(v, "charge_voltage_V").orElse(0.0);
    double dvl = Lookup.number(v, "discharge_voltage_V").orElse(0.0);
    double ccl = Lookup.number(v, "charge_current_limit_A").orElse(0.0);
    double dcl = Math.abs(Lookup.number(v, "discharge_current_limit_A").orElse(0.0));
    int cells = rack.cells();
    List<String> evidence = new ArrayList<>();
    evidence.add(
        "charge "
            + round1(cvl)
            + " V / "
            + round1(ccl)
            + " A, discharge "
            + round1(dvl)
            + " V / "
            + round1(dcl)
            + " A");
    Verdict verdict = Verdict.PASS;
    List<String> fixes = new ArrayList<>();
    if (cvl < cells * CVL_MIN_CELL || cvl > cells * CVL_MAX_CELL) {
      evidence.add(
          "charge voltage outside "
              + round1(cells * CVL_MIN_CELL)
              + ".."
              + round1(cells * CVL_MAX_CELL)
              + " V for "
              + cells
              + " cells");
      verdict = Verdict.FAIL;
      fixes.add("the charge voltage limit is wrong for a " + cells + "-cell LiFePO4 rack");
    }
    if (dvl < cells * DVL_MIN_CELL || dvl > cells * DVL_MAX_CELL || dvl >= cvl) {
      evidence.add(
          "discharge voltage outside "
              + round1(cells * DVL_MIN_CELL)
              + ".."
              + round1(cells * DVL_MAX_CELL)
              + " V");
      verdict = Verdict.FAIL;
      fixes.add("the discharge voltage limit is wrong for a " + cells + "-cell LiFePO4 rack");
    }
    if (rack.ah() > 0 && (ccl > rack.ah() || dcl > 2 * rack.ah())) {
      evidence.add(
          "rack capacity "
              + Math.round(rack.ah())
              + " Ah: charge above 1 C or discharge above 2 C");
      verdict = verdict.worst(Verdict.WARN);
      fixes.add("the current limits exceed what the rack's capacity allows");
    }
    boolean protecting = !Lookup.list(v, "protections").isEmpty();
    if (ccl == 0 && !protecting && rack.soc().map(s -> s < 95).orElse(false)) {
      evidence.add(
          "charge current limit 0 A at " + round1(rack.soc().get()) + " % without protection");
      verdict = verdict.worst(Verdict.WARN);
      fixes.add("the battery refuses all charge although it is not full");
    }
    return new Check(
        "can.charge_limits",
        "CAN charge limits sane for the rack",
        "rack",
        verdict,
        evidence,
        verdict == Verdict.PASS
            ? ""
            : String.join("; ", fixes)
                + ". The inverter obeys these limits: check pack 1's parameters with the battery"
                + " software (or ask the supplier) before charging.");
  }

  private static String round1(double d) {
    return String.valueOf(Math.round(d * 10) / 10.0);
  }

  private static String round2(double d) {
    return String.valueOf(Math.round(d * 100) / 100.0);
  }
}
