package io.solargw.gateway.commission;

import io.solargw.gateway.poll.DeviceReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks across the parallel stack: one master ([31] PDT, not on the bus), one parallel mode ([30]
 * PMD: PAL, or 3P1/3P2/3P3 with every phase populated) and one firmware (fault 510 otherwise).
 * Pure.
 */
public final class StackChecks {

  private static final Set<String> PHASES = Set.of("3P1", "3P2", "3P3");

  private StackChecks() {}

  /** The stack checks over the units that answered; none for fewer than two units. */
  public static List<Check> check(SiteReadings site) {
    List<DeviceReport> units = site.inverters().values().stream().filter(Lookup::answered).toList();
    List<Check> out = new ArrayList<>();
    if (site.inverters().size() < 2 || units.isEmpty()) {
      return out;
    }
    out.add(parallelMode(units));
    out.add(master(units));
    out.add(firmware(units));
    out.addAll(StackSettings.check(units));
    return out;
  }

  static Check parallelMode(List<DeviceReport> units) {
    Groups g = Groups.of(units, r -> Lookup.setting(r, "parallel_mode"));
    List<String> evidence = g.evidence("[30] PMD = ");
    String title = "All units in the same parallel mode";
    Set<String> modes = new TreeSet<>(g.byValue().keySet());
    String fix =
        "In standby, set [30] PMD on every unit: PAL for a single-phase stack; for three-phase,"
            + " 3P1 on every unit wired to phase P1, 3P2 on P2 and 3P3 on P3.";
    if (modes.contains("SIG") || modes.contains("unreadable")) {
      List<String> bad = new ArrayList<>(g.byValue().getOrDefault("SIG", List.of()));
      bad.addAll(g.byValue().getOrDefault("unreadable", List.of()));
      return new Check(
          "stack.parallel_mode",
          title,
          String.join(", ", bad),
          Verdict.FAIL,
          evidence,
          "A unit set to SIG (standalone) does not share the load. " + fix);
    }
    if (modes.equals(Set.of("PAL"))) {
      return Check.pass("stack.parallel_mode", title, "stack", evidence);
    }
    if (modes.contains("PAL")) {
      List<String> pal = g.byValue().get("PAL");
      List<String> odd =
          units.stream()
              .map(DeviceReport::deviceId)
              .filter(u -> pal.size() * 2 >= units.size() != pal.contains(u))
              .toList();
      return new Check(
          "stack.parallel_mode",
          title,
          String.join(", ", odd),
          Verdict.FAIL,
          evidence,
          "PAL (single-phase) and 3P1/3P2/3P3 (three-phase) are mixed. " + fix);
    }
    Set<String> empty = new TreeSet<>(PHASES);
    empty.removeAll(modes);
    if (empty.isEmpty()) {
      return Check.pass("stack.parallel_mode", title, "stack", evidence);
    }
    List<String> withEmpty = new ArrayList<>(evidence);
    empty.forEach(p -> withEmpty.add("no unit is set to " + p));
    return new Check(
        "stack.parallel_mode",
        "Every phase has a unit",
        "stack",
        Verdict.FAIL,
        withEmpty,
        "A three-phase stack needs at least one unit on each phase: set "
            + String.join(", ", empty)
            + " on the unit(s) wired to that phase. "
            + fix);
  }

  static Check master(List<DeviceReport> units) {
    Groups g = Groups.of(units, r -> Lookup.setting(r, "parallel_role"));
    String title = "Exactly one master, the others slaves";
    if (g.byValue().containsKey("unreadable")) {
      return new Check(
          "stack.master",
          title,
          "stack",
          Verdict.MANUAL,
          List.of("not checkable from the bus: [31] PDT has no public register"),
          "On each unit's screen, setting [31] PDT: exactly one unit MAS (host), every other"
              + " unit SAL (slave). A unit set to 3P1 is selected as host automatically.");
    }
    List<String> masters = g.byValue().getOrDefault("MAS", List.of());
    List<String> evidence = g.evidence("[31] PDT = ");
    if (masters.size() == 1) {
      return Check.pass("stack.master", title, "stack", evidence);
    }
    return new Check(
        "stack.master",
        title,
        masters.isEmpty() ? "stack" : String.join(", ", masters),
        Verdict.FAIL,
        evidence,
        "Set [31] PDT to MAS on exactly one unit and SAL on every other unit.");
  }

  static Check firmware(List<DeviceReport> units) {
    Groups app = Groups.of(units, r -> Lookup.point(r, "app_version"));
    Groups boot = Groups.of(units, r -> Lookup.point(r, "bootloader_version"));
    List<String> evidence = new ArrayList<>(app.evidence("APP "));
    evidence.addAll(boot.evidence("bootloader "));
    List<String> with510 =
        units.stream().filter(StackChecks::has510).map(DeviceReport::deviceId).toList();
    if (!with510.isEmpty()) {
      evidence.add("fault 510 (mismatched software version) on " + String.join(", ", with510));
    }
    String title = "Identical firmware on every unit";
    if (app.uniform() && boot.uniform() && with510.isEmpty()) {
      return Check.pass("stack.firmware", title, "stack", evidence);
    }
    List<String> odd = new ArrayList<>(app.odd());
    boot.odd().stream().filter(u -> !odd.contains(u)).forEach(odd::add);
    return new Check(
        "stack.firmware",
        title,
        odd.isEmpty() ? String.join(", ", with510) : String.join(", ", odd),
        Verdict.FAIL,
        evidence,
        "Units in parallel must run the same software (fault 510, mismatched software"
            + " version, otherwise): have the dealer update "
            + (odd.isEmpty() ? "the units" : String.join(", ", odd))
            + " to APP "
            + app.majority()
            + " like the others.");
  }

  private static boolean has510(DeviceReport r) {
    return Lookup.list(r.values(), "codes").stream()
        .anyMatch(
            c ->
                c instanceof java.util.Map<?, ?> m
                    && "510".equals(String.valueOf(m.get("number")))
                    && "fault".equals(String.valueOf(m.get("kind"))));
  }
}
