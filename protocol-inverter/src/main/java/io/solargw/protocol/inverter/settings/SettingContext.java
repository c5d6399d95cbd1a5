package io.solargw.protocol.inverter.settings;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What validation needs to know about the device: its system voltage (E003, for battery-voltage
 * settings), the current values of the other settings (for dependency rules) and the machine state
 * (for "only in standby").
 *
 * @param systemVolts 12, 24, 36 or 48, if known
 * @param currentValues setting code → current value as text (option code or plain number)
 * @param machineState text of the current machine state (e.g. {@code standby}), if known
 */
public record SettingContext(
    Optional<Integer> systemVolts,
    Map<String, String> currentValues,
    Optional<String> machineState) {

  /** Copies the map. */
  public SettingContext {
    Objects.requireNonNull(systemVolts, "systemVolts");
    currentValues = Map.copyOf(currentValues);
    Objects.requireNonNull(machineState, "machineState");
  }

  /** Nothing known. */
  public static SettingContext unknown() {
    return new SettingContext(Optional.empty(), Map.of(), Optional.empty());
  }

  /** Only the system voltage known. */
  public static SettingContext ofSystemVolts(int volts) {
    return new SettingContext(Optional.of(volts), Map.of(), Optional.empty());
  }

  /** A copy with {@code code}'s current value set. */
  public SettingContext with(String code, String value) {
    var map = new java.util.HashMap<>(currentValues);
    map.put(code.toUpperCase(java.util.Locale.ROOT), value);
    return new SettingContext(systemVolts, map, machineState);
  }

  /** A copy with the machine state set. */
  public SettingContext withMachineState(String state) {
    return new SettingContext(systemVolts, currentValues, Optional.of(state));
  }

  /** The current value of the setting {@code code} (case-insensitive), if known. */
  public Optional<String> current(String code) {
    return currentValues.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(code))
        .map(Map.Entry::getValue)
        .findFirst();
  }
}
