package io.solargw.protocol.inverter.profile.internal;

import io.solargw.protocol.inverter.profile.EnumTable;
import io.solargw.protocol.inverter.profile.SettingDomain;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Reads the option domain of a setting: {@code enum}, optional {@code options}, {@code default}.
 */
final class OptionDomains {

  private OptionDomains() {}

  static Optional<SettingDomain> parse(Fields f, Map<String, EnumTable> enums) {
    String tableName = f.text("enum").orElse("");
    EnumTable table = enums.get(tableName);
    if (table == null) {
      f.problem(
          "enum",
          "unknown enum table '"
              + tableName
              + "' (known: "
              + String.join(", ", new TreeSet<>(enums.keySet()))
              + ")");
      return Optional.empty();
    }
    List<String> allowed = f.has("options") ? f.texts("options") : table.codes();
    for (String code : allowed) {
      if (table.byCode(code).isEmpty()) {
        f.problem(
            "options",
            "option '" + code + "' is not in enum table " + tableName + " " + table.codes());
      }
    }
    if (allowed.isEmpty()) {
      f.problem("options", "setting without options");
    }
    Optional<String> def = f.text("default");
    if (def.isEmpty()) {
      f.problem("default", "missing 'default'");
      return Optional.empty();
    }
    if (allowed.stream().noneMatch(def.get()::equalsIgnoreCase)) {
      f.problem("default", "default '" + def.get() + "' is not one of the options " + allowed);
    }
    for (String k : List.of("min", "max", "step", "values", "scale", "basis_V")) {
      if (f.has(k)) {
        f.problem(k, "'" + k + "' does not apply to a setting with options");
      }
    }
    return Optional.of(new SettingDomain.Options(table, allowed, def.get()));
  }
}
