package io.solargw.protocol.bms.pace;

import static io.solargw.protocol.bms.pace.internal.Field.Type.BOOL;
import static io.solargw.protocol.bms.pace.internal.Field.Type.TEMPERATURE;
import static io.solargw.protocol.bms.pace.internal.Field.Type.U16;

import io.solargw.protocol.bms.pace.internal.Field;
import java.util.List;
import java.util.Optional;

/**
 * The protection-parameter groups read with the odd CID2s 0xD1..0xE7 and set with the even ones
 * 0xD0..0xE6, with their INFO layouts.
 *
 * <p>Layouts from [PACE31 §4.46-4.69]: most groups are a function-control byte (0 disable, 1
 * enable) followed by u16 alarm / protect / release values and a one-byte delay. Voltages in mV,
 * currents in A, temperatures in 0.1 K (offset 2730). The capture O11 ({@code 01 0E10 0E74 0D34
 * 0A}) matches the cell over-voltage layout. Document conflicts: D9's table lists no release value
 * (6 bytes) while its LENID says 8 bytes, and gives the delay unit as ms where D8 says 100 ms; both
 * layouts are accepted by length and the over-current delays are reported as raw codes only. A
 * response whose length matches no documented layout is reported as the leading byte plus u16
 * values (bms.md §2.4 "Config reads").
 */
public enum ProtectionParameter {
  CELL_OVER_VOLTAGE(PaceCommand.CELL_OVER_VOLTAGE, PaceCommand.SET_CELL_OVER_VOLTAGE, voltage()),
  CELL_UNDER_VOLTAGE(PaceCommand.CELL_UNDER_VOLTAGE, PaceCommand.SET_CELL_UNDER_VOLTAGE, voltage()),
  PACK_OVER_VOLTAGE(PaceCommand.PACK_OVER_VOLTAGE, PaceCommand.SET_PACK_OVER_VOLTAGE, voltage()),
  PACK_UNDER_VOLTAGE(PaceCommand.PACK_UNDER_VOLTAGE, PaceCommand.SET_PACK_UNDER_VOLTAGE, voltage()),
  CHARGE_OVER_CURRENT(
      PaceCommand.CHARGE_OVER_CURRENT,
      PaceCommand.SET_CHARGE_OVER_CURRENT,
      current(true),
      current(false)),
  DISCHARGE_OVER_CURRENT_1(
      PaceCommand.DISCHARGE_OVER_CURRENT_1,
      PaceCommand.SET_DISCHARGE_OVER_CURRENT_1,
      current(true)),
  CELL_HIGH_TEMPERATURE(
      PaceCommand.CELL_HIGH_TEMPERATURE,
      PaceCommand.SET_CELL_HIGH_TEMPERATURE,
      temperatures("charge", "discharge")),
  CELL_LOW_TEMPERATURE(
      PaceCommand.CELL_LOW_TEMPERATURE,
      PaceCommand.SET_CELL_LOW_TEMPERATURE,
      temperatures("charge", "discharge")),
  MOSFET_HIGH_TEMPERATURE(
      PaceCommand.MOSFET_HIGH_TEMPERATURE,
      PaceCommand.SET_MOSFET_HIGH_TEMPERATURE,
      List.of(
          Field.of("function_enabled", BOOL),
          Field.scaled("alarm_C", TEMPERATURE, 1),
          Field.scaled("protect_C", TEMPERATURE, 1),
          Field.scaled("release_C", TEMPERATURE, 1))),
  DISCHARGE_OVER_CURRENT_2(
      PaceCommand.DISCHARGE_OVER_CURRENT_2,
      PaceCommand.SET_DISCHARGE_OVER_CURRENT_2,
      List.of(
          Field.of("discharge_protect_A", U16),
          Field.delay("discharge_delay", 25, "discharge_delay_ms"),
          Field.of("charge_protect_A", U16).optionalField(),
          Field.delay("charge_delay", 25, "charge_delay_ms").optionalField())),
  SHORT_CIRCUIT_DELAY(
      PaceCommand.SHORT_CIRCUIT_DELAY,
      PaceCommand.SET_SHORT_CIRCUIT_DELAY,
      List.of(Field.delay("delay", 25, "delay_us"))),
  AMBIENT_TEMPERATURE(
      PaceCommand.AMBIENT_TEMPERATURE,
      PaceCommand.SET_AMBIENT_TEMPERATURE,
      temperatures("low", "high"));

  private final PaceCommand read;
  private final PaceCommand set;
  private final List<List<Field>> layouts;

  ProtectionParameter(PaceCommand read, PaceCommand set, List<Field> layout) {
    this.read = read;
    this.set = set;
    this.layouts = List.of(layout);
  }

  ProtectionParameter(
      PaceCommand read, PaceCommand set, List<Field> layout, List<Field> alternative) {
    this.read = read;
    this.set = set;
    this.layouts = List.of(layout, alternative);
  }

  /** The read command (odd CID2). */
  public PaceCommand readCommand() {
    return read;
  }

  /** The set command (even CID2). */
  public PaceCommand setCommand() {
    return set;
  }

  /** Accepted INFO lengths in bytes, e.g. [8] for the voltage groups. */
  public List<Integer> infoLengths() {
    return layouts.stream().map(ProtectionParameter::length).toList();
  }

  /** The documented layout of a {@code length}-byte INFO, if any (optional fields included). */
  public Optional<List<Field>> layout(int length) {
    for (List<Field> l : layouts) {
      if (length(l) == length || minimum(l) == length) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /** The group read by {@code command}, if it is one of the odd CID2s 0xD1..0xE7. */
  public static Optional<ProtectionParameter> ofReadCommand(CommandCode command) {
    for (ProtectionParameter p : values()) {
      if (p.read == command) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** The group set by {@code command}, if it is one of the even CID2s 0xD0..0xE6. */
  public static Optional<ProtectionParameter> ofSetCommand(CommandCode command) {
    for (ProtectionParameter p : values()) {
      if (p.set == command) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  private static int length(List<Field> layout) {
    return layout.stream().mapToInt(Field::size).sum();
  }

  private static int minimum(List<Field> layout) {
    return layout.stream().filter(f -> !f.optional()).mapToInt(Field::size).sum();
  }

  private static List<Field> voltage() {
    return List.of(
        Field.of("function_enabled", BOOL),
        Field.of("alarm_mV", U16),
        Field.of("protect_mV", U16),
        Field.of("release_mV", U16),
        Field.delay("delay", 100, "delay_ms"));
  }

  private static List<Field> current(boolean withRelease) {
    if (!withRelease) {
      return List.of(
          Field.of("function_enabled", BOOL),
          Field.of("alarm_A", U16),
          Field.of("protect_A", U16),
          Field.of("delay", Field.Type.U8));
    }
    return List.of(
        Field.of("function_enabled", BOOL),
        Field.of("alarm_A", U16),
        Field.of("protect_A", U16),
        Field.of("release_A", U16),
        Field.of("delay", Field.Type.U8));
  }

  private static List<Field> temperatures(String first, String second) {
    return List.of(
        Field.of("function_enabled", BOOL),
        Field.scaled(first + "_alarm_C", TEMPERATURE, 1),
        Field.scaled(first + "_protect_C", TEMPERATURE, 1),
        Field.scaled(first + "_release_C", TEMPERATURE, 1),
        Field.scaled(second + "_alarm_C", TEMPERATURE, 1),
        Field.scaled(second + "_protect_C", TEMPERATURE, 1),
        Field.scaled(second + "_release_C", TEMPERATURE, 1));
  }
}
