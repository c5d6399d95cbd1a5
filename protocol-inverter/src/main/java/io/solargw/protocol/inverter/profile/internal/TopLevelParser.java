package io.solargw.protocol.inverter.profile.internal;

import io.solargw.protocol.inverter.profile.ConstantSpec;
import io.solargw.protocol.inverter.profile.DerivedFormula;
import io.solargw.protocol.inverter.profile.DerivedSpec;
import io.solargw.protocol.inverter.profile.EnumOption;
import io.solargw.protocol.inverter.profile.EnumTable;
import io.solargw.protocol.inverter.profile.MachineStateTable;
import io.solargw.protocol.inverter.profile.RegisterRange;
import io.solargw.protocol.inverter.profile.SentinelRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the small top-level sections: enums, forbidden ranges, sentinels, derived, constants. */
final class TopLevelParser {

  private final Problems problems;

  TopLevelParser(Problems problems) {
    this.problems = problems;
  }

  Map<String, EnumTable> enums(Fields top, MachineStateTable states) {
    Map<String, EnumTable> out = new LinkedHashMap<>();
    out.put(MachineStateTable.ENUM_NAME, states.asEnumTable());
    Optional<Node.MapNode> section = top.map("enums");
    if (section.isEmpty()) {
      return out;
    }
    for (var e : section.get().entries().entrySet()) {
      String name = e.getKey();
      Node.Location at = section.get().at(name);
      if (name.equals(MachineStateTable.ENUM_NAME)) {
        problems.add(
            at,
            "enum " + name,
            "'machine_state' is reserved: choose the table with machine_state_table");
      } else if (!(e.getValue() instanceof Node.MapNode m) || m.entries().isEmpty()) {
        problems.add(at, "enum " + name, "enum table without options");
      } else {
        enumTable(name, m).ifPresent(t -> out.put(name, t));
      }
    }
    return out;
  }

  private Optional<EnumTable> enumTable(String name, Node.MapNode m) {
    Map<Integer, EnumOption> options = new LinkedHashMap<>();
    Set<String> codes = new HashSet<>();
    for (var o : m.entries().entrySet()) {
      Optional<Long> raw = Literals.integer(o.getKey());
      Fields f =
          o.getValue() instanceof Node.MapNode om ? new Fields(om, "enum " + name, problems) : null;
      Optional<String> code = f == null ? Optional.empty() : f.text("code");
      if (raw.isEmpty() || raw.get() < 0 || raw.get() > 0xFFFF || code.isEmpty()) {
        problems.add(
            m.at(o.getKey()),
            "enum " + name,
            "option '" + o.getKey() + "' must be a raw value 0..65535 with {code, label}");
        continue;
      }
      f.allowOnly(Set.of("code", "label"));
      if (!codes.add(code.get().toUpperCase(java.util.Locale.ROOT))) {
        problems.add(m.at(o.getKey()), "enum " + name, "duplicate code '" + code.get() + "'");
      }
      int r = raw.get().intValue();
      options.put(r, new EnumOption(r, code.get(), f.text("label").orElse(code.get())));
    }
    return options.isEmpty() ? Optional.empty() : Optional.of(new EnumTable(name, options));
  }

  List<RegisterRange> forbidden(Fields top) {
    List<RegisterRange> out = new ArrayList<>();
    for (Node n : top.list("forbidden")) {
      rangeOf(n, "forbidden", Set.of("from", "to", "reason")).ifPresent(r -> out.add(r.range()));
    }
    return out;
  }

  List<SentinelRule> sentinels(Fields top) {
    List<SentinelRule> out = new ArrayList<>();
    for (Node n : top.list("sentinels")) {
      Optional<RangeAndFields> r =
          rangeOf(n, "sentinels", Set.of("from", "to", "values", "reason"));
      if (r.isEmpty()) {
        continue;
      }
      Set<Integer> values = new HashSet<>();
      for (String v : r.get().fields().texts("values")) {
        Optional<Long> x = Literals.integer(v);
        if (x.isEmpty() || x.get() < 0 || x.get() > 0xFFFF) {
          r.get().fields().problem("values", "sentinel '" + v + "' must be 0x0000..0xFFFF");
        } else {
          values.add(x.get().intValue());
        }
      }
      out.add(new SentinelRule(r.get().range(), values));
    }
    return out;
  }

  private record RangeAndFields(RegisterRange range, Fields fields) {}

  private Optional<RangeAndFields> rangeOf(Node n, String section, Set<String> keys) {
    if (!(n instanceof Node.MapNode m)) {
      problems.add(n.location(), section, "each entry must be {from, to, ...}");
      return Optional.empty();
    }
    Fields f = new Fields(m, section, problems);
    f.allowOnly(keys);
    Optional<Integer> from = f.address("from");
    if (!f.has("from")) {
      f.problem("from", "missing 'from'");
    }
    Optional<Integer> to = f.has("to") ? f.address("to") : from;
    if (from.isEmpty() || to.isEmpty()) {
      return Optional.empty();
    }
    if (to.get() < from.get()) {
      f.problem(
          "to",
          "range "
              + Literals.hex(from.get())
              + ".."
              + Literals.hex(to.get())
              + " ends before it starts");
      return Optional.empty();
    }
    return Optional.of(
        new RangeAndFields(
            new RegisterRange(from.get(), to.get(), f.text("reason").orElse("")), f));
  }

  Optional<Located<DerivedSpec>> derived(Node n) {
    if (!(n instanceof Node.MapNode m)) {
      problems.add(n.location(), "derived", "each derived value must be a mapping");
      return Optional.empty();
    }
    String name = m.get("name") instanceof Node.Scalar s ? s.text() : null;
    Fields f = new Fields(m, "derived " + name, problems);
    f.allowOnly(
        Set.of("name", "formula", "of", "unit", "device_class", "state_class", "page", "note"));
    f.requiredText("name");
    String unit = f.text("unit").orElse("");
    Names.checkUnitSuffix(f, name, unit);
    Optional<DerivedFormula> formula =
        f.keyword(
            "formula",
            DerivedFormula::of,
            PointParser.keywords(DerivedFormula.values(), DerivedFormula::keyword),
            null);
    if (!f.has("formula")) {
      f.problem("formula", "missing 'formula'");
    }
    List<String> inputs = f.texts("of");
    if (formula.isPresent() && inputs.size() != formula.get().inputs()) {
      String expected = formula.get().keyword() + " takes " + formula.get().inputs();
      f.problem("of", "formula " + expected + " input(s), got " + inputs.size());
      return Optional.empty();
    }
    if (name == null || formula.isEmpty()) {
      return Optional.empty();
    }
    var pages = new PageParser(problems).parse(f);
    String note = f.text("note").orElse("");
    var spec =
        new DerivedSpec(name, formula.get(), inputs, unit, PointParser.hints(f), pages, note);
    return Optional.of(new Located<>(spec, m));
  }

  Optional<Located<ConstantSpec>> constant(Node n) {
    if (!(n instanceof Node.MapNode m)) {
      problems.add(n.location(), "constants", "each constant must be a mapping");
      return Optional.empty();
    }
    String name = m.get("name") instanceof Node.Scalar s ? s.text() : null;
    Fields f = new Fields(m, "constant " + name, problems);
    f.allowOnly(Set.of("name", "value", "unit", "reason", "page"));
    f.requiredText("name");
    String unit = f.text("unit").orElse("");
    Names.checkUnitSuffix(f, name, unit);
    Optional<BigDecimal> value = f.decimal("value");
    String reason = f.text("reason").orElse("");
    if (value.isEmpty() && reason.isBlank()) {
      f.problem("reason", "a constant without value needs a 'reason' (why it is not available)");
    }
    if (name == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Located<>(
            new ConstantSpec(name, value, unit, reason, new PageParser(problems).parse(f)), m));
  }
}
