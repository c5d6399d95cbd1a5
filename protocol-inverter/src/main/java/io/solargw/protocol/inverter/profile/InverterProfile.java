package io.solargw.protocol.inverter.profile;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A complete, validated register-map profile: device limits, forbidden ranges, sentinels,
 * battery-current sign, machine-state table, enum tables, the code table to use, points, derived
 * values, page constants and settings. Built by {@link ProfileLoader}; the format is described in
 * {@code docs/reference/inverter-profile.md}.
 *
 * @param name profile name
 * @param source the files it was loaded from, e.g. {@code srne-default.yaml + my.yaml}
 * @param maxRegistersPerRead device limit per read, 1..32 (protocol doc 2.3; default 20)
 * @param wordOrder default order of 32-bit values
 * @param batteryCurrentPositive what a positive raw battery current means
 * @param machineStates numbering of 0x0210
 * @param codeTable {@code default} or the resource/path of a fault/alarm code table
 * @param systemVoltagePoint name of the point giving the system voltage (E003) for battery-voltage
 *     scaling
 * @param forbidden registers never read
 * @param sentinels "unsupported" words per area
 * @param enums enum tables by name (including {@code machine_state})
 * @param points measurements and setting read-backs
 * @param derived computed values
 * @param constants page values no register provides
 * @param settings the manual's settings
 */
public record InverterProfile(
    String name,
    String source,
    int maxRegistersPerRead,
    WordOrder wordOrder,
    BatteryCurrentSign batteryCurrentPositive,
    MachineStateTable machineStates,
    String codeTable,
    String systemVoltagePoint,
    List<RegisterRange> forbidden,
    List<SentinelRule> sentinels,
    Map<String, EnumTable> enums,
    List<PointSpec> points,
    List<DerivedSpec> derived,
    List<ConstantSpec> constants,
    List<SettingSpec> settings) {

  /** Most registers any SRNE firmware answers in one read (protocol doc 2.3). */
  public static final int MAX_REGISTERS_LIMIT = 32;

  /** Copies collections and checks the read limit. */
  public InverterProfile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(machineStates, "machineStates");
    if (maxRegistersPerRead < 1 || maxRegistersPerRead > MAX_REGISTERS_LIMIT) {
      throw new IllegalArgumentException(
          "maxRegistersPerRead must be 1..32, got " + maxRegistersPerRead);
    }
    forbidden = List.copyOf(forbidden);
    sentinels = List.copyOf(sentinels);
    enums = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(enums));
    points = List.copyOf(points);
    derived = List.copyOf(derived);
    constants = List.copyOf(constants);
    settings = List.copyOf(settings);
  }

  /** The point named {@code name}, if any. */
  public Optional<PointSpec> point(String name) {
    return points.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /** The setting with LCD code {@code code} (case-insensitive) or read-back name, if any. */
  public Optional<SettingSpec> setting(String codeOrName) {
    return settings.stream()
        .filter(s -> s.code().equalsIgnoreCase(codeOrName) || s.name().equals(codeOrName))
        .findFirst();
  }

  /** The enum table named {@code name}, if any. */
  public Optional<EnumTable> enumTable(String name) {
    return Optional.ofNullable(enums.get(name));
  }

  /** Whether {@code address} lies in a forbidden range. */
  public boolean isForbidden(int address) {
    return forbidden.stream().anyMatch(r -> r.contains(address));
  }

  /** The "unsupported" words that apply at {@code address} by area. */
  public Set<Integer> sentinelsAt(int address) {
    Set<Integer> out = new HashSet<>();
    for (SentinelRule rule : sentinels) {
      if (rule.range().contains(address)) {
        out.addAll(rule.values());
      }
    }
    return out;
  }

  /**
   * The "unsupported" words of a point: its own list if given, else those of its first register.
   */
  public Set<Integer> sentinelsFor(PointSpec point) {
    return point.sentinels().orElseGet(() -> sentinelsAt(point.address()));
  }
}
