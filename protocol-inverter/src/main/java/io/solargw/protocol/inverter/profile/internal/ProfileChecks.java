package io.solargw.protocol.inverter.profile.internal;

import io.solargw.protocol.inverter.profile.ConstantSpec;
import io.solargw.protocol.inverter.profile.DerivedSpec;
import io.solargw.protocol.inverter.profile.InverterProfile;
import io.solargw.protocol.inverter.profile.PointKind;
import io.solargw.protocol.inverter.profile.PointSpec;
import io.solargw.protocol.inverter.profile.RegisterRange;
import io.solargw.protocol.inverter.profile.SettingSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks that need the whole profile: unique names, overlaps, forbidden reads, references. */
final class ProfileChecks {

  private final Problems problems;
  private final InverterProfile profile;
  private final Fields top;

  ProfileChecks(Problems problems, InverterProfile profile, Fields top) {
    this.problems = problems;
    this.profile = profile;
    this.top = top;
  }

  void check(
      List<Located<PointSpec>> points,
      List<Located<DerivedSpec>> derived,
      List<Located<ConstantSpec>> constants,
      List<Located<SettingSpec>> settings) {
    uniqueNames(points, derived, constants, settings);
    registers(points, settings);
    derivedInputs(points, derived);
    new PageChecks(problems).check(points, derived, constants, settings);
    new SettingChecks(problems, profile).check(settings);
    systemVoltage(points, settings);
  }

  private void uniqueNames(
      List<Located<PointSpec>> points,
      List<Located<DerivedSpec>> derived,
      List<Located<ConstantSpec>> constants,
      List<Located<SettingSpec>> settings) {
    Map<String, Integer> measured = new HashMap<>();
    Map<String, Integer> set = new HashMap<>();
    for (Located<PointSpec> p : points) {
      String kind = p.value().kind() == PointKind.SETTING ? "setting read-back" : "point";
      unique(p.value().kind() == PointKind.SETTING ? set : measured, p.value().name(), p, kind);
    }
    derived.forEach(d -> unique(measured, d.value().name(), d, "point"));
    constants.forEach(c -> unique(measured, c.value().name(), c, "point"));
    settings.forEach(s -> unique(set, s.value().name(), s, "setting read-back"));
    Map<String, Integer> codes = new HashMap<>();
    Map<String, Integer> numbers = new HashMap<>();
    for (Located<SettingSpec> s : settings) {
      Integer first =
          codes.putIfAbsent(
              s.value().code().toUpperCase(java.util.Locale.ROOT), s.at("code").line());
      if (first != null) {
        problems.add(
            s.at("code"),
            "setting " + s.value().code(),
            "duplicate code (first at line " + first + ")");
      }
      Integer n = numbers.putIfAbsent("" + s.value().number(), s.at("number").line());
      if (n != null) {
        problems.add(
            s.at("number"),
            "setting " + s.value().code(),
            "duplicate number " + s.value().number() + " (first at line " + n + ")");
      }
    }
  }

  private void unique(Map<String, Integer> seen, String name, Located<?> at, String kind) {
    Integer first = seen.putIfAbsent(name, at.at("name").line());
    if (first != null) {
      problems.add(
          at.at("name"), kind + " " + name, "duplicate name (first at line " + first + ")");
    }
  }

  private record Span(String subject, int start, int count, Node.Location at) {}

  private void registers(List<Located<PointSpec>> points, List<Located<SettingSpec>> settings) {
    List<Span> spans = new ArrayList<>();
    for (Located<PointSpec> p : points) {
      PointSpec v = p.value();
      spans.add(new Span("point " + v.name(), v.address(), v.length(), p.at("address")));
    }
    for (Located<SettingSpec> s : settings) {
      String subject = "setting " + s.value().code();
      s.value().register().ifPresent(r -> spans.add(new Span(subject, r, 1, s.at("register"))));
    }
    spans.sort(Comparator.comparingInt(Span::start));
    for (int i = 0; i < spans.size(); i++) {
      Span a = spans.get(i);
      for (int j = i + 1; j < spans.size() && spans.get(j).start() <= end(a); j++) {
        overlap(a, spans.get(j));
      }
      for (RegisterRange f : profile.forbidden()) {
        if (f.overlaps(a.start(), a.count())) {
          String why = f.reason().isEmpty() ? "" : " (" + f.reason() + ")";
          problems.add(
              a.at(),
              a.subject(),
              "registers " + range(a) + " lie in forbidden range " + f.describe() + why);
        }
      }
    }
  }

  private void overlap(Span first, Span second) {
    Span blamed = reported(first, second);
    Span other = blamed == first ? second : first;
    problems.add(
        blamed.at(),
        blamed.subject(),
        String.format(
            "registers %s overlap %s %s (%s)",
            range(blamed), other.subject(), range(other), where(other.at(), blamed.at())));
  }

  /**
   * {@code line 12}, or {@code srne-default.yaml line 201} when the other entry is in another file.
   */
  private static String where(Node.Location other, Node.Location here) {
    String file = other.source().equals(here.source()) ? "" : other.source() + " ";
    return file + "line " + other.line();
  }

  private static int end(Span s) {
    return s.start() + s.count() - 1;
  }

  /**
   * Of two clashing entries, the one to blame: the user's file over a base, else the later line.
   */
  private Span reported(Span a, Span b) {
    boolean aTop = a.at().source().equals(profile.source());
    boolean bTop = b.at().source().equals(profile.source());
    if (aTop != bTop) {
      return aTop ? a : b;
    }
    return b.at().line() >= a.at().line() ? b : a;
  }

  private static String range(Span s) {
    return s.count() == 1
        ? Literals.hex(s.start())
        : Literals.hex(s.start()) + "–" + Literals.hex(s.start() + s.count() - 1);
  }

  private void derivedInputs(List<Located<PointSpec>> points, List<Located<DerivedSpec>> derived) {
    Set<String> known = new HashSet<>();
    points.stream()
        .filter(p -> p.value().type().numeric() && p.value().kind() == PointKind.MEASUREMENT)
        .forEach(p -> known.add(p.value().name()));
    for (Located<DerivedSpec> d : derived) {
      for (String input : d.value().inputs()) {
        if (!known.contains(input)) {
          problems.add(
              d.at("of"),
              "derived " + d.value().name(),
              "input '"
                  + input
                  + "' is not a numeric measurement point or an earlier derived value");
        }
      }
      known.add(d.value().name());
    }
  }

  private void systemVoltage(List<Located<PointSpec>> points, List<Located<SettingSpec>> settings) {
    boolean needed =
        points.stream().anyMatch(p -> p.value().scale().needsSystemVoltage())
            || settings.stream().anyMatch(s -> s.value().scale().needsSystemVoltage());
    boolean present =
        points.stream()
            .anyMatch(
                p ->
                    p.value().name().equals(profile.systemVoltagePoint())
                        && p.value().type().numeric());
    if (needed && !present) {
      top.problem(
          "system_voltage_point",
          "system_voltage_point '"
              + profile.systemVoltagePoint()
              + "' is not a numeric point, but scale battery_voltage needs it");
    }
  }
}
