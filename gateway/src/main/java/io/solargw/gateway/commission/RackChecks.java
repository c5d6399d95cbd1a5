package io.solargw.gateway.commission;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rack addressing checks (battery manual, DIP-switch table): addresses 1..N each answered by one
 * pack, no pack outside 1..N, pack 1 answering as the master and listing N packs. Pure.
 */
public final class RackChecks {

  private RackChecks() {}

  /** The addressing checks; none when no rack is expected. */
  public static List<Check> check(SiteReadings site) {
    List<Check> out = new ArrayList<>();
    if (!site.hasRack()) {
      return out;
    }
    int n = site.expectedPacks();
    List<String> seen = new ArrayList<>();
    for (PackProbe p : site.packs().values()) {
      int a = p.address();
      String device = "pack-" + a;
      String dip = "DIP " + DipSwitch.positions(a);
      if (p.answer() == PackProbe.Answer.GARBLED) {
        out.add(
            new Check(
                "rack.address",
                "One pack at address " + a,
                device,
                Verdict.FAIL,
                List.of(
                    "address " + a + ": answers collide (" + p.problem().orElse("bad frame") + ")"),
                "Two packs are set to address "
                    + a
                    + (a == 1 ? " (two masters)" : "")
                    + ". Set each pack's DIP switches to its own address: pack 1 (master) #1 ON,"
                    + " the others 2.."
                    + n
                    + " as in the manual's table; address "
                    + a
                    + " is "
                    + dip
                    + ". Switch the packs off and on after changing the switches."));
      } else if (p.answer() == PackProbe.Answer.SILENT && a <= n) {
        out.add(
            new Check(
                "rack.address",
                "Pack present at address " + a,
                device,
                Verdict.FAIL,
                List.of("address " + a + ": no answer (" + p.problem().orElse("timeout") + ")"),
                "No pack answers at address "
                    + a
                    + ". Check that the pack is switched on (RST key"
                    + " 3-6 s), its RS485 link cable, and that its DIP switches read "
                    + dip
                    + "."));
      } else if (p.answer() == PackProbe.Answer.ANSWERED && a > n) {
        out.add(
            new Check(
                "rack.address",
                "No pack outside 1.." + n,
                device,
                Verdict.FAIL,
                List.of("address " + a + " answered, but " + n + " packs are expected"),
                "A pack is set to address "
                    + a
                    + ": addresses must run 1.."
                    + n
                    + " without gaps. Set it to the missing address, or expect more packs."));
      } else if (p.answer() == PackProbe.Answer.ANSWERED) {
        seen.add(String.valueOf(a));
      }
    }
    if (out.isEmpty()) {
      out.add(
          Check.pass(
              "rack.addresses",
              "Pack addresses 1.." + n + ", no gap or duplicate",
              "rack",
              List.of("answered: " + String.join(", ", seen))));
    }
    out.add(master(site.packs().get(1), n));
    return out;
  }

  static Check master(PackProbe one, int n) {
    String title = "Pack 1 answers as the master";
    String fix =
        "Pack 1 is the master (main pack): its DIP switches are "
            + DipSwitch.positions(1)
            + ", and the inverter's BMS cable goes to pack 1. The inverter only talks to pack 1.";
    if (one == null || one.answer() != PackProbe.Answer.ANSWERED) {
      return new Check(
          "rack.master",
          title,
          "pack-1",
          Verdict.FAIL,
          List.of(
              "address 1: "
                  + (one == null
                      ? "not read"
                      : one.answer().name().toLowerCase() + " (" + one.problem().orElse("") + ")")),
          fix);
    }
    if (!one.values().containsKey("identity")) {
      // Pylontech packs, and the gateway's live page: the pack count is not read at all.
      return new Check(
          "rack.master",
          title,
          "pack-1",
          Verdict.MANUAL,
          List.of("pack 1 answered; its pack count was not read"),
          fix + " Run `solar-gateway commission` for the pack count pack 1 reports.");
    }
    Optional<Double> count = Lookup.number(Lookup.section(one.values(), "identity"), "pack_count");
    if (count.isEmpty()) {
      return new Check(
          "rack.master",
          title,
          "pack-1",
          Verdict.WARN,
          List.of("pack 1 answered, pack count not readable"),
          fix);
    }
    List<String> evidence =
        List.of("pack 1 lists " + count.get().intValue() + " packs, " + n + " expected");
    if (count.get().intValue() == n) {
      return Check.pass("rack.master", title, "pack-1", evidence);
    }
    return new Check(
        "rack.master",
        title,
        "pack-1",
        Verdict.FAIL,
        evidence,
        "The master sees another rack size than expected: check the link cables between packs"
            + " and every pack's DIP address. "
            + fix);
  }

  /** The answered packs' values by address, for the health checks. */
  static Map<Integer, Map<String, Object>> answered(SiteReadings site) {
    Map<Integer, Map<String, Object>> out = new java.util.TreeMap<>();
    site.packs().values().stream()
        .filter(p -> p.answer() == PackProbe.Answer.ANSWERED)
        .forEach(p -> out.put(p.address(), p.values()));
    return out;
  }
}
