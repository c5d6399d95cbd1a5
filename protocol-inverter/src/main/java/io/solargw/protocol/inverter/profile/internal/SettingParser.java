package io.solargw.protocol.inverter.profile.internal;

import io.solargw.protocol.inverter.profile.Confidence;
import io.solargw.protocol.inverter.profile.DependencyRule;
import io.solargw.protocol.inverter.profile.EnumTable;
import io.solargw.protocol.inverter.profile.PollGroup;
import io.solargw.protocol.inverter.profile.Scale;
import io.solargw.protocol.inverter.profile.SettingDomain;
import io.solargw.protocol.inverter.profile.SettingSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads one entry of {@code settings:} (seed section 4.2 item), recording problems by its code. */
final class SettingParser {

  private static final Set<String> KEYS =
      Set.of(
          "number",
          "code",
          "name",
          "label",
          "unit",
          "register",
          "confidence",
          "enum",
          "options",
          "default",
          "min",
          "max",
          "step",
          "values",
          "scale",
          "basis_V",
          "writable",
          "poll",
          "requires",
          "page",
          "note");

  private final Problems problems;
  private final Map<String, EnumTable> enums;
  private final BigDecimal defaultBasisVolts;

  SettingParser(Problems problems, Map<String, EnumTable> enums, BigDecimal defaultBasisVolts) {
    this.problems = problems;
    this.enums = enums;
    this.defaultBasisVolts = defaultBasisVolts;
  }

  Optional<Located<SettingSpec>> parse(Node node, int index) {
    if (!(node instanceof Node.MapNode m)) {
      problems.add(node.location(), "settings[" + index + "]", "a setting must be a mapping");
      return Optional.empty();
    }
    String code = m.get("code") instanceof Node.Scalar s && s.text() != null ? s.text() : null;
    Fields f =
        new Fields(m, code == null ? "settings[" + index + "]" : "setting " + code, problems);
    f.allowOnly(KEYS);
    f.requiredText("code");
    Optional<Integer> number = f.integer("number", 1, 99, false);
    if (!f.has("number")) {
      f.problem("number", "missing 'number'");
    }
    Optional<String> name = f.requiredText("name");
    String unit = f.text("unit").orElse("");
    Names.checkUnitSuffix(f, name.orElse(null), unit);
    Optional<Integer> register = register(f);
    Scale scale = Scales.parse(f, !f.has("enum"), "enum", unit);
    Optional<SettingDomain> domain = domain(f, scale);
    if (code == null || number.isEmpty() || name.isEmpty() || domain.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Located<>(
            build(f, number.get(), code, name.get(), unit, register, scale, domain.get()), m));
  }

  private SettingSpec build(
      Fields f,
      int number,
      String code,
      String name,
      String unit,
      Optional<Integer> register,
      Scale scale,
      SettingDomain domain) {
    Confidence fallback = register.isPresent() ? Confidence.MEDIUM : Confidence.NONE;
    Confidence confidence =
        f.choice("confidence", Confidence.values(), Confidence::keyword, fallback);
    boolean writable = f.bool("writable").orElse(register.isPresent());
    if (writable && register.isEmpty()) {
      f.problem("writable", "a setting without register cannot be writable");
      writable = false;
    }
    PollGroup poll = f.choice("poll", PollGroup.values(), PollGroup::keyword, PollGroup.SLOW);
    return new SettingSpec(
        number,
        code,
        name,
        f.requiredText("label").orElse(""),
        unit,
        register,
        confidence,
        domain,
        scale,
        writable,
        register.isEmpty() ? PollGroup.NEVER : poll,
        rules(f),
        new PageParser(problems).parse(f),
        f.text("note").orElse(""));
  }

  private Optional<Integer> register(Fields f) {
    if (!f.has("register")) {
      f.problem(
          "register", "missing 'register' (write 'register: none' when no register is known)");
      return Optional.empty();
    }
    if (f.isNull("register") || f.text("register").filter("none"::equals).isPresent()) {
      return Optional.empty();
    }
    return f.address("register");
  }

  private Optional<SettingDomain> domain(Fields f, Scale scale) {
    if (f.has("enum")) {
      return OptionDomains.parse(f, enums);
    }
    if (f.has("values")) {
      List<BigDecimal> values = new ArrayList<>();
      for (String v : f.texts("values")) {
        Literals.decimal(v)
            .ifPresentOrElse(
                values::add, () -> f.problem("values", "value '" + v + "' is not a number"));
      }
      Optional<BigDecimal> def = f.decimal("default");
      if (values.isEmpty() || def.isEmpty()) {
        f.problem(
            values.isEmpty() ? "values" : "default",
            values.isEmpty() ? "'values' is empty" : "missing 'default'");
        return Optional.empty();
      }
      if (values.stream().noneMatch(v -> v.compareTo(def.get()) == 0)) {
        f.problem("default", "default " + def.get() + " is not one of " + values);
      }
      return Optional.of(new SettingDomain.Numbers(values, def.get()));
    }
    return RangeDomains.parse(f, scale, defaultBasisVolts);
  }

  private List<DependencyRule> rules(Fields f) {
    List<DependencyRule> out = new ArrayList<>();
    for (Node n : f.list("requires")) {
      if (n instanceof Node.MapNode m
          && m.get("setting") instanceof Node.Scalar s
          && s.text() != null) {
        Fields rf = new Fields(m, f.subject(), problems);
        rf.allowOnly(Set.of("setting", "in"));
        out.add(new DependencyRule.SettingIn(s.text(), rf.texts("in")));
      } else if (n instanceof Node.MapNode m && m.get("machine_state") != null) {
        Fields rf = new Fields(m, f.subject(), problems);
        rf.allowOnly(Set.of("machine_state"));
        out.add(new DependencyRule.MachineStateIn(rf.texts("machine_state")));
      } else {
        problems.add(
            n.location(),
            f.subject(),
            "a rule must be {setting: CODE, in: [...]} or {machine_state: [...]}");
      }
    }
    return out;
  }
}
