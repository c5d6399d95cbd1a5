package io.solargw.protocol.inverter.profile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A named code table of a profile ({@code enums:} section): raw register value → {code, label}.
 * Unknown raw values are kept by the decoder as numbers, never dropped.
 *
 * @param name table name referenced by points ({@code enum:}) and settings
 * @param options raw value → option, in profile order, not empty
 */
public record EnumTable(String name, Map<Integer, EnumOption> options) {

  /** Copies the options and checks that there is at least one. */
  public EnumTable {
    Objects.requireNonNull(name, "name");
    if (options.isEmpty()) {
      throw new IllegalArgumentException("enum table " + name + " has no options");
    }
    options = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options));
  }

  /** The option with raw value {@code raw}, if any. */
  public Optional<EnumOption> of(int raw) {
    return Optional.ofNullable(options.get(raw));
  }

  /** The option whose code equals {@code code} ignoring case, if any. */
  public Optional<EnumOption> byCode(String code) {
    return options.values().stream().filter(o -> o.code().equalsIgnoreCase(code)).findFirst();
  }

  /** All codes in table order. */
  public List<String> codes() {
    return options.values().stream().map(EnumOption::code).toList();
  }
}
