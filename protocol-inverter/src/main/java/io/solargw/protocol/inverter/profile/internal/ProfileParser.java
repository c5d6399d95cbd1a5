package io.solargw.protocol.inverter.profile.internal;

import io.solargw.protocol.inverter.profile.BatteryCurrentSign;
import io.solargw.protocol.inverter.profile.ConstantSpec;
import io.solargw.protocol.inverter.profile.DerivedSpec;
import io.solargw.protocol.inverter.profile.EnumTable;
import io.solargw.protocol.inverter.profile.InverterProfile;
import io.solargw.protocol.inverter.profile.MachineStateTable;
import io.solargw.protocol.inverter.profile.PointSpec;
import io.solargw.protocol.inverter.profile.SettingSpec;
import io.solargw.protocol.inverter.profile.WordOrder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns a (merged) profile tree into an {@link InverterProfile}, collecting all problems. */
final class ProfileParser {

  static final Set<String> TOP_KEYS =
      Set.of(
          "name",
          "description",
          "extends",
          "max_registers_per_read",
          "word_order",
          "battery_current_positive",
          "machine_state_table",
          "code_table",
          "system_voltage_point",
          "battery_voltage_basis_V",
          "forbidden",
          "sentinels",
          "enums",
          "points",
          "derived",
          "constants",
          "settings",
          "remove_points",
          "remove_derived",
          "remove_constants",
          "remove_settings",
          "remove_forbidden");
  static final int DEFAULT_MAX_REGISTERS = 20;
  static final BigDecimal DEFAULT_BASIS_VOLTS = BigDecimal.valueOf(48);

  private final Problems problems;

  ProfileParser(Problems problems) {
    this.problems = problems;
  }

  /** The profile, or null when problems were recorded that prevent building it. */
  InverterProfile parse(Node.MapNode root, String source) {
    Fields top = new Fields(root, "profile", problems);
    top.allowOnly(TOP_KEYS);
    int maxRegisters =
        top.integer("max_registers_per_read", 1, InverterProfile.MAX_REGISTERS_LIMIT, false)
            .orElse(DEFAULT_MAX_REGISTERS);
    WordOrder order =
        top.choice("word_order", WordOrder.values(), WordOrder::keyword, WordOrder.LOW_FIRST);
    BatteryCurrentSign sign =
        top.choice(
            "battery_current_positive",
            BatteryCurrentSign.values(),
            BatteryCurrentSign::keyword,
            BatteryCurrentSign.DISCHARGING);
    MachineStateTable states =
        top.choice(
            "machine_state_table",
            MachineStateTable.values(),
            MachineStateTable::keyword,
            MachineStateTable.ALL_IN_ONE_V1_5);
    TopLevelParser sections = new TopLevelParser(problems);
    Map<String, EnumTable> enums = sections.enums(top, states);
    Sections parsed = sections(top, sections, enums, order);
    var profile =
        new InverterProfile(
            top.text("name").orElse(source),
            source,
            maxRegisters,
            order,
            sign,
            states,
            top.text("code_table").orElse("default"),
            top.text("system_voltage_point").orElse("system_voltage_V"),
            sections.forbidden(top),
            sections.sentinels(top),
            enums,
            values(parsed.points()),
            values(parsed.derived()),
            values(parsed.constants()),
            values(parsed.settings()));
    new ProfileChecks(problems, profile, top)
        .check(parsed.points(), parsed.derived(), parsed.constants(), parsed.settings());
    return profile;
  }

  private record Sections(
      List<Located<PointSpec>> points,
      List<Located<DerivedSpec>> derived,
      List<Located<ConstantSpec>> constants,
      List<Located<SettingSpec>> settings) {}

  private Sections sections(
      Fields top, TopLevelParser sections, Map<String, EnumTable> enums, WordOrder order) {
    List<Located<PointSpec>> points = points(top, enums, order);
    List<Located<DerivedSpec>> derived = new ArrayList<>();
    top.list("derived").forEach(n -> sections.derived(n).ifPresent(derived::add));
    List<Located<ConstantSpec>> constants = new ArrayList<>();
    top.list("constants").forEach(n -> sections.constant(n).ifPresent(constants::add));
    BigDecimal basis = top.decimal("battery_voltage_basis_V").orElse(DEFAULT_BASIS_VOLTS);
    return new Sections(points, derived, constants, settings(top, enums, basis));
  }

  private List<Located<PointSpec>> points(
      Fields top, Map<String, EnumTable> enums, WordOrder order) {
    PointParser parser = new PointParser(problems, enums, order);
    List<Located<PointSpec>> out = new ArrayList<>();
    List<Node> items = top.list("points");
    for (int i = 0; i < items.size(); i++) {
      parser.parse(items.get(i), i).ifPresent(out::add);
    }
    return out;
  }

  private List<Located<SettingSpec>> settings(
      Fields top, Map<String, EnumTable> enums, BigDecimal basis) {
    SettingParser parser = new SettingParser(problems, enums, basis);
    List<Located<SettingSpec>> out = new ArrayList<>();
    List<Node> items = top.list("settings");
    for (int i = 0; i < items.size(); i++) {
      parser.parse(items.get(i), i).ifPresent(out::add);
    }
    return out;
  }

  private static <T> List<T> values(List<Located<T>> located) {
    return located.stream().map(Located::value).toList();
  }
}
