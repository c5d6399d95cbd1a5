package io.solargw.protocol.bms.pace;

import static io.solargw.protocol.bms.pace.internal.Field.Type.S16;
import static io.solargw.protocol.bms.pace.internal.Field.Type.TEMPERATURE;
import static io.solargw.protocol.bms.pace.internal.Field.Type.TEXT;
import static io.solargw.protocol.bms.pace.internal.Field.Type.TEXT_ALL_BUT;
import static io.solargw.protocol.bms.pace.internal.Field.Type.U16;
import static io.solargw.protocol.bms.pace.internal.Field.Type.U8;

import io.solargw.protocol.bms.pace.internal.Field;
import java.util.List;
import java.util.Optional;

/**
 * Fixed-layout read answers, as data: the command and the fields of its DATA_INFO in order.
 *
 * <p>Sources: pack count [PACE18 §4.1]; sleep parameters, history, capacity, full-charge and
 * balancing parameters, internal version, limiter current, protocol selection [PACE31 §4.7, §4.14,
 * §4.18, §4.27, §4.33, §4.45, §4.70, §4.72]; versions and product information [PACE18 §4.5-4.6],
 * [PACE31 §4.41-4.42]; Pylontech 0x47, 0x51, 0x93, 0x96 [PYL33 §3.2-3.10] (bms.md §2.1-2.4). Units
 * are the JSON names' suffixes; the sleep delay's unit is not documented.
 */
public enum ValuesLayout {
  PACK_COUNT(PaceCommand.PACK_COUNT, Field.of("pack_count", U8)),
  SLEEP_PARAMETERS(
      PaceCommand.SLEEP_PARAMETERS,
      Field.of("sleep_cell_voltage_mV", U16),
      Field.of("sleep_delay", U16)),
  CAPACITY(
      PaceCommand.CAPACITY,
      Field.scaled("remaining_Ah", U16, 2),
      Field.scaled("full_Ah", U16, 2),
      Field.scaled("design_Ah", U16, 2)),
  FULL_CHARGE_PARAMETERS(
      PaceCommand.FULL_CHARGE_PARAMETERS,
      Field.of("full_charge_voltage_mV", U16),
      Field.of("full_charge_current_mA", U16),
      Field.of("low_capacity_alarm_pct", U8).optionalField()),
  BALANCING_PARAMETERS(
      PaceCommand.BALANCING_PARAMETERS,
      Field.of("balancing_start_voltage_mV", U16),
      Field.of("balancing_start_delta_mV", U16)),
  LIMITER_START_CURRENT(
      PaceCommand.LIMITER_START_CURRENT, Field.of("limiter_start_current_A", U16)),
  CURRENT_PROTOCOL(
      PaceCommand.CURRENT_PROTOCOL,
      Field.code("can_protocol", "can_protocol_name", CanProtocol::nameOf),
      Field.code("rs485_protocol", "rs485_protocol_name", Rs485Protocol::nameOf)),
  INVERTER_PROTOCOL(
      PaceCommand.INVERTER_PROTOCOL,
      Field.code("can_protocol", "can_protocol_name", CanProtocol::nameOf),
      Field.code("rs485_protocol", "rs485_protocol_name", Rs485Protocol::nameOf),
      Field.named("mode", ValuesLayout::modeName)),
  SOFTWARE_VERSION(
      PaceCommand.SOFTWARE_VERSION,
      Field.text("text", TEXT, 20),
      Field.text("bluetooth_name", TEXT, 20).optionalField()),
  PRODUCT_INFO(
      PaceCommand.PRODUCT_INFO,
      Field.text("text", TEXT, 20),
      Field.text("pack_text", TEXT, 20).optionalField()),
  INTERNAL_VERSION(
      PaceCommand.INTERNAL_VERSION,
      Field.text("software_version", TEXT_ALL_BUT, 10),
      Field.text("hardware_version", TEXT, 10)),
  PYLON_SYSTEM_PARAMETERS(
      PylonCommand.SYSTEM_PARAMETERS,
      Field.of("infoflag", U8),
      Field.of("cell_high_voltage_mV", U16),
      Field.of("cell_low_voltage_mV", U16),
      Field.of("cell_under_voltage_mV", U16),
      Field.scaled("charge_high_temperature_C", TEMPERATURE, 1),
      Field.scaled("charge_low_temperature_C", TEMPERATURE, 1),
      Field.scaled("charge_current_limit_A", S16, 1),
      Field.of("module_high_voltage_mV", U16),
      Field.of("module_low_voltage_mV", U16),
      Field.of("module_under_voltage_mV", U16),
      Field.scaled("discharge_high_temperature_C", TEMPERATURE, 1),
      Field.scaled("discharge_low_temperature_C", TEMPERATURE, 1),
      Field.scaled("discharge_current_limit_A", S16, 1)),
  PYLON_MANUFACTURER_INFO(
      PylonCommand.MANUFACTURER_INFO,
      Field.text("device_name", TEXT, 10),
      Field.bytes("software_version_hex", 2),
      Field.text("manufacturer", TEXT, 20)),
  PYLON_SERIAL_NUMBER(
      PylonCommand.SERIAL_NUMBER,
      Field.of("command_value", U8),
      Field.text("serial_number", TEXT, 16)),
  PYLON_SOFTWARE_VERSION(
      PylonCommand.SOFTWARE_VERSION,
      Field.of("command_value", U8),
      Field.bytes("manufacturer_version_hex", 2),
      Field.bytes("mainline_version_hex", 3));

  private final CommandCode command;
  private final List<Field> fields;

  ValuesLayout(CommandCode command, Field... fields) {
    this.command = command;
    this.fields = List.of(fields);
  }

  /** The command whose answer has this layout. */
  public CommandCode command() {
    return command;
  }

  List<Field> fields() {
    return fields;
  }

  /** The layout of the answer to {@code command}, if it is one of these. */
  public static Optional<ValuesLayout> of(CommandCode command) {
    for (ValuesLayout l : values()) {
      if (l.command == command) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> modeName(int code) {
    return switch (code) {
      case 0x00 -> Optional.of("automatic");
      case 0x01 -> Optional.of("manual");
      case 0xFF -> Optional.of("no change");
      default -> Optional.empty();
    };
  }
}
