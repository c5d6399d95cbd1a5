package io.solargw.protocol.bms.pace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.solargw.protocol.bms.BmsProtocolException;
import io.solargw.protocol.bms.BmsProtocolException.Reason;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table test of every read and write answer layout that has no captured vector, including error
 * rows. Values are built from the documented layouts (bms.md §2, [PACE31 §4], [PYL33 §3]).
 */
class CommandDecodeTest {

  record Row(
      String name,
      Dialect dialect,
      CommandCode command,
      String info,
      Map<String, Object> expect,
      Reason error) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Row ok(String name, CommandCode c, String info, Map<String, Object> expect) {
    Dialect d = c instanceof PylonCommand ? Dialect.PYLONTECH : Dialect.PACE;
    return new Row(name, d, c, info, expect, null);
  }

  private static Row error(String name, CommandCode c, String info, Reason reason) {
    Dialect d = c instanceof PylonCommand ? Dialect.PYLONTECH : Dialect.PACE;
    return new Row(name, d, c, info, Map.of(), reason);
  }

  private static String ascii(String text, int width) {
    StringBuilder sb = new StringBuilder(text);
    while (sb.length() < width) {
      sb.append(' ');
    }
    return HexFormat.of().formatHex(sb.toString().getBytes(StandardCharsets.US_ASCII));
  }

  static Stream<Row> rows() {
    return Stream.of(
        ok(
            "A0 sleep parameters",
            PaceCommand.SLEEP_PARAMETERS,
            "0C1C000A",
            Map.of("sleep_cell_voltage_mV", 3100, "sleep_delay", 10)),
        ok(
            "A6 capacity",
            PaceCommand.CAPACITY,
            "12D3286A2710",
            Map.of("remaining_Ah", 48.19, "full_Ah", 103.46, "design_Ah", 100)),
        ok(
            "AF full charge, 5 bytes",
            PaceCommand.FULL_CHARGE_PARAMETERS,
            "0DAC01F450",
            Map.of(
                "full_charge_voltage_mV",
                3500,
                "full_charge_current_mA",
                500,
                "low_capacity_alarm_pct",
                80)),
        ok(
            "AF full charge, 4 bytes",
            PaceCommand.FULL_CHARGE_PARAMETERS,
            "0DAC01F4",
            Map.of("full_charge_voltage_mV", 3500, "full_charge_current_mA", 500)),
        ok(
            "B6 balancing",
            PaceCommand.BALANCING_PARAMETERS,
            "0D48001E",
            Map.of("balancing_start_voltage_mV", 3400, "balancing_start_delta_mV", 30)),
        ok(
            "ED limiter",
            PaceCommand.LIMITER_START_CURRENT,
            "000A",
            Map.of("limiter_start_current_A", 10)),
        ok(
            "62 current protocol",
            PaceCommand.CURRENT_PROTOCOL,
            "010F",
            Map.of(
                "can_protocol",
                "0x01",
                "can_protocol_name",
                "PYLON_CAN",
                "rs485_protocol",
                "0x0F",
                "rs485_protocol_name",
                "PYLON_485_F")),
        ok("90 pack count", PaceCommand.PACK_COUNT, "0F", Map.of("pack_count", 15)),
        ok(
            "C1 with Bluetooth name",
            PaceCommand.SOFTWARE_VERSION,
            ascii("P16S200A-1.00", 20) + ascii("BT-PACK-01", 20),
            Map.of("text", "P16S200A-1.00", "bluetooth_name", "BT-PACK-01")),
        ok(
            "C6 internal version",
            PaceCommand.INTERNAL_VERSION,
            ascii("V4.00-014", 20) + ascii("HW-PC200", 8) + "0000",
            Map.of("software_version", "V4.00-014", "hardware_version", "HW-PC200")),
        ok(
            "D3 cell under-voltage",
            PaceCommand.CELL_UNDER_VOLTAGE,
            "010B540AF00C1C0A",
            Map.of(
                "values",
                List.of("0x01", 2900, 2800, 3100, "0x0A"),
                "function_enabled",
                true,
                "alarm_mV",
                2900,
                "protect_mV",
                2800,
                "release_mV",
                3100,
                "delay_ms",
                1000)),
        ok(
            "D9 charge over-current, 6 bytes",
            PaceCommand.CHARGE_OVER_CURRENT,
            "010064006E0A",
            Map.of("alarm_A", 100, "protect_A", 110, "delay", 10)),
        ok(
            "D9 charge over-current, 8 bytes",
            PaceCommand.CHARGE_OVER_CURRENT,
            "010064006E005A0A",
            Map.of("alarm_A", 100, "protect_A", 110, "release_A", 90, "delay", 10)),
        ok(
            "DD cell high temperature",
            PaceCommand.CELL_HIGH_TEMPERATURE,
            "01" + "0D1B0D4D0D05" + "0D4D0D7F0D1B",
            Map.of(
                "function_enabled",
                true,
                "charge_alarm_C",
                62.5,
                "charge_protect_C",
                67.5,
                "charge_release_C",
                60.3,
                "discharge_protect_C",
                72.5)),
        ok(
            "E7 ambient, disabled",
            PaceCommand.AMBIENT_TEMPERATURE,
            "00" + "0A0B09D90A3D" + "0D1B0D4D0D05",
            Map.of(
                "function_enabled",
                false,
                "low_alarm_C",
                -15.9,
                "low_protect_C",
                -20.9,
                "high_release_C",
                60.3)),
        ok(
            "E3 over-current 2, 3 bytes",
            PaceCommand.DISCHARGE_OVER_CURRENT_2,
            "012C08",
            Map.of("discharge_protect_A", 300, "discharge_delay", 8, "discharge_delay_ms", 200)),
        ok(
            "E3 over-current 2, 6 bytes",
            PaceCommand.DISCHARGE_OVER_CURRENT_2,
            "012C0800C810",
            Map.of("charge_protect_A", 200, "charge_delay_ms", 400)),
        ok(
            "E5 short-circuit delay",
            PaceCommand.SHORT_CIRCUIT_DELAY,
            "0C",
            Map.of("delay", 12, "delay_us", 300)),
        ok(
            "E1 undocumented length",
            PaceCommand.MOSFET_HIGH_TEMPERATURE,
            "010D1B0D",
            Map.of(
                "values",
                List.of("0x01", 3355, "0x0D"),
                "layout",
                "undocumented length: leading byte + u16 values")),
        ok(
            "60 protocol list",
            PaceCommand.PROTOCOL_LIST,
            "020001" + "0300010F",
            Map.of(
                "can_protocols",
                List.of(
                    Map.of("code", "0x00", "name", "PACE_CAN"),
                    Map.of("code", "0x01", "name", "PYLON_CAN")),
                "rs485_protocols",
                List.of(
                    Map.of("code", "0x00", "name", "PACE_MODBUS_485"),
                    Map.of("code", "0x01", "name", "PYLON_485"),
                    Map.of("code", "0x0F", "name", "PYLON_485_F")))),
        ok(
            "61 protocol names",
            PaceCommand.PROTOCOL_NAMES,
            "02" + "01" + "50594C4F4E00" + "07" + "534D4100",
            Map.of(
                "protocols",
                List.of(
                    Map.of("code", "0x01", "name", "PYLON"),
                    Map.of("code", "0x07", "name", "SMA")))),
        ok("99 control, V3.1 empty answer", PaceCommand.CONTROL, "", Map.of("rtn", 0)),
        ok(
            "99 control, LED alarm disabled",
            PaceCommand.CONTROL,
            "0722",
            Map.of(
                "echo",
                "0x07",
                "echo_name",
                "disable LED alarm",
                "control_state",
                "0x22",
                "led_alarm_enabled",
                false,
                "buzzer_enabled",
                false)),
        ok(
            "9B discharge MOSFET",
            PaceCommand.DISCHARGE_MOSFET,
            "26",
            Map.of(
                "info",
                "0x26",
                "status",
                List.of("charging", "discharge MOSFET on", "charge MOSFET on"))),
        ok("B2 set date/time", PaceCommand.SET_DATE_TIME, "", Map.of("rtn", 0)),
        ok(
            "47 Pylontech system parameters",
            PylonCommand.SYSTEM_PARAMETERS,
            "11" + "0E420C1C0BB8" + "0C9F0AAB01F4" + "D2F0B3B0AFC8" + "0D030A0BFE0C",
            Map.of(
                "cell_high_voltage_mV",
                3650,
                "cell_under_voltage_mV",
                3000,
                "charge_high_temperature_C",
                50.0,
                "charge_low_temperature_C",
                0.0,
                "charge_current_limit_A",
                50.0,
                "module_high_voltage_mV",
                54000,
                "discharge_high_temperature_C",
                60.0,
                "discharge_low_temperature_C",
                -16.0,
                "discharge_current_limit_A",
                -50.0)),
        ok(
            "51 Pylontech manufacturer",
            PylonCommand.MANUFACTURER_INFO,
            ascii("US2000B", 10) + "0102" + ascii("PYLON", 20),
            Map.of(
                "device_name", "US2000B", "software_version_hex", "0102", "manufacturer", "PYLON")),
        ok(
            "93 Pylontech serial",
            PylonCommand.SERIAL_NUMBER,
            "02" + ascii("PPTBH02400710003", 16),
            Map.of("command_value", 2, "serial_number", "PPTBH02400710003")),
        ok(
            "96 Pylontech software",
            PylonCommand.SOFTWARE_VERSION,
            "02" + "0102" + "030405",
            Map.of("manufacturer_version_hex", "0102", "mainline_version_hex", "030405")),
        ok(
            "4F Pylontech protocol version",
            PylonCommand.PROTOCOL_VERSION,
            "",
            Map.of("version", "0x20")),
        error("B1 invalid month", PaceCommand.DATE_TIME, "180D15051D1F", Reason.OUT_OF_RANGE),
        error("A6 truncated", PaceCommand.CAPACITY, "12D3", Reason.TRUNCATED),
        error("A6 trailing byte", PaceCommand.CAPACITY, "12D3286A2710FF", Reason.TRAILING_DATA),
        error("99 one byte", PaceCommand.CONTROL, "0D", Reason.TRUNCATED),
        error("9B two bytes", PaceCommand.DISCHARGE_MOSFET, "2424", Reason.TRAILING_DATA),
        error(
            "61 name listed twice",
            PaceCommand.PROTOCOL_NAMES,
            "020141000141 00".replace(" ", ""),
            Reason.LAYOUT),
        error("61 name without NUL", PaceCommand.PROTOCOL_NAMES, "01014142", Reason.TRUNCATED),
        error("92 truncated", PylonCommand.MANAGEMENT_INFO, "026EF05AA0", Reason.TRUNCATED),
        error("60 count beyond INFO", PaceCommand.PROTOCOL_LIST, "0300", Reason.TRUNCATED));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void decodesByTheDocumentedLayout(Row row) throws Exception {
    Frame frame = new Frame(row.dialect.code(), 1, 0x46, 0, HexFormat.of().parseHex(row.info));
    ResponseContext ctx = ResponseContext.of(row.dialect, row.command);
    if (row.error != null) {
      BmsProtocolException e =
          catchThrowableOfType(
              BmsProtocolException.class, () -> ResponseDecoder.decode(frame, ctx));
      assertThat(e).as(row.name).isNotNull();
      assertThat(e.reason()).as(row.name + ": " + e.getMessage()).isEqualTo(row.error);
      assertThat(e.getMessage()).contains("offset");
      return;
    }
    Map<String, Object> map = ResponseDecoder.decode(frame, ctx).toMap();
    VectorAssert.matches(map, row.expect, row.name);
    assertThat(map).containsEntry("address", 1).containsEntry("rtn", 0);
  }
}
