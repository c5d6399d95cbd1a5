package io.solargw.protocol.bms.pace;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Flag labels, balancing order, derived SOC/SOH, absent packs and sensors, Pylontech alarms. */
class FlagsAndDerivedValuesTest {

  private static AlarmResponse paceAlarm(byte[] states, byte[] extra) {
    AlarmBlock block =
        new AlarmBlock(
            List.of(0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1),
            List.of(0, 0, 0, 0, 0xF0, 0x85),
            2,
            0,
            1,
            states,
            extra);
    return new AlarmResponse(
        new ResponseHeader(0x25, 1, 0x46, Optional.of(PaceCommand.ALARM)),
        Dialect.PACE,
        0,
        PackAddressing.COMMAND_ECHO,
        1,
        List.of(block));
  }

  @SuppressWarnings("unchecked")
  private static List<String> labels(Map<String, Object> map, String key) {
    List<String> out = new ArrayList<>();
    for (Object o : (List<Object>) map.get(key)) {
      Map<String, Object> e = (Map<String, Object>) o;
      out.add((String) e.getOrDefault("label", "-"));
    }
    return out;
  }

  @Test
  void everyFlagCarriesTheManualsLabelInTheManualsOrder() throws Exception {
    byte[] states = {(byte) 0x7F, (byte) 0xFF, 0, 0, 0x37, 0, 0, 0x3F, (byte) 0xFF};
    AlarmResponse r = paceAlarm(states, new byte[0]);
    Map<String, Object> m = ResponseDecoder.decode(r.toFrame(), PaceRequests.alarm(1, 1)).toMap();
    assertThat(labels(m, "protections"))
        .containsExactly(
            "CP", "DOCP", "COCP", "TUVP", "TOVP", "UVP", "OVP", "EUT", "EOT", "MOS OT", "DUTP",
            "CUTP", "DOTP", "COTP");
    assertThat(labels(m, "alarms"))
        .containsExactly(
            "DOC", "COC", "TUV", "TOV", "UV", "OV", "USOC", "MOS OT", "EUT", "EOT", "DUT", "CUT",
            "DOT", "COT");
    assertThat(labels(m, "faults")).containsExactly("Sample", "Cells", "NTC", "dhg MOS", "chg MOS");
    assertThat(m.get("status")).isEqualTo(List.of("fully charged"));
    assertThat(m.get("pcb_protection")).isEqualTo("not available from this protocol");
    assertThat(m.get("cell_warnings"))
        .isEqualTo(
            List.of(
                Map.of("cell", 2, "level", "above upper limit"),
                Map.of("cell", 16, "level", "below lower limit")));
    assertThat(m.get("temperature_warnings"))
        .isEqualTo(
            List.of(
                Map.of("sensor", 5, "level", "other fault"),
                Map.of("sensor", 6, "level", "user-defined 0x85")));
    assertThat(m)
        .containsEntry("charge_current_warning", "above upper limit")
        .containsEntry("discharge_current_warning", "below lower limit");
  }

  @Test
  void balancingByteOneIsCellsOneToEightWithBitZeroTheLowest() throws Exception {
    byte[] states = {0, 0, 0, 0x09, 0, 0x05, (byte) 0x80, 0, 0};
    byte[] extra = {(byte) 0x80, 0x03, 0x01, 0x02, 0x01};
    Map<String, Object> m = paceAlarm(states, extra).toMap();
    assertThat(m.get("balancing_cells")).isEqualTo(List.of(1, 3, 16));
    assertThat(m.get("active_balancing_cells")).isEqualTo(List.of(1, 10));
    assertThat(m).containsEntry("fault_state_8", "0x80").containsEntry("fault_state_10", "0x01");
    assertThat(m.get("status")).isEqualTo(List.of("WiFi connected", "Bluetooth connected"));
    assertThat(
            ((List<?>) m.get("faults"))
                .stream().map(f -> ((Map<?, ?>) f).get("description")).toList())
        .isEqualTo(List.of("MCU over-voltage fault", "12 V fault"));
    @SuppressWarnings("unchecked")
    Map<String, Object> controls = (Map<String, Object>) m.get("controls");
    assertThat(controls)
        .containsEntry("buzzer_enabled", true)
        .containsEntry("current_limit_gear", "low")
        .containsEntry("led_alarm_enabled", true);
    assertThat(m).containsEntry("extra_trailing_bytes", 5);
  }

  @Test
  void socAndSohAreDerivedWhenNotReported() throws Exception {
    Frame v2 = FrameCodec.decode(Vectors.wire((String) Vectors.byId("V2").get("frame")));
    AnalogResponse r = (AnalogResponse) ResponseDecoder.decode(v2, PaceRequests.analog(1, 1));
    PackAnalog p = r.packs().get(0);
    assertThat(p.soc()).contains(new PackAnalog.Percentage(new BigDecimal("46.578"), false));
    assertThat(p.soh()).contains(new PackAnalog.Percentage(new BigDecimal("100"), false));
    Map<?, ?> pack = (Map<?, ?>) ((List<?>) r.toMap().get("packs")).get(0);
    assertThat(pack.get("soc_source")).isEqualTo("derived");
    assertThat(pack.get("cell_min_index")).isEqualTo(6);
    assertThat(pack.get("cell_max_index")).isEqualTo(2);
    assertThat(pack.get("cell_avg_mV")).isEqualTo(new BigDecimal("3270.6"));
    Frame v3 = FrameCodec.decode(Vectors.wire((String) Vectors.byId("V3").get("frame")));
    PackAnalog p3 =
        ((AnalogResponse) ResponseDecoder.decode(v3, PaceRequests.analog(1, 1))).packs().get(0);
    assertThat(p3.soc()).contains(new PackAnalog.Percentage(BigDecimal.valueOf(77), true));
    assertThat(p3.portCurrentAmperes()).contains(new BigDecimal("0.00"));
  }

  @Test
  void anAllZeroBlockIsAnAbsentPackAndAbsentSensorsAreNull() throws Exception {
    List<Integer> zeros = new ArrayList<>(List.of(0, 0, 0, 0, 0, 0, 0, 0));
    AnalogBlock absent =
        new AnalogBlock(zeros, List.of(2730, 2730), 0, 0, 0, 2, 0, 0, new byte[] {0x27, 0x10});
    AnalogBlock present =
        new AnalogBlock(
            List.of(3300, 3301, 3302, 3303, 3300, 3301, 3302, 3303),
            List.of(2980, AnalogBlock.ABSENT_SENSOR),
            -150,
            26412,
            5000,
            2,
            10000,
            12,
            new byte[] {0x27, 0x10});
    AnalogResponse r =
        new AnalogResponse(
            new ResponseHeader(0x25, 1, 0x46, Optional.of(PaceCommand.ANALOG)),
            Dialect.PACE,
            0,
            PackAddressing.ALL_PACKS,
            2,
            List.of(present, absent));
    AnalogResponse back =
        (AnalogResponse)
            ResponseDecoder.decode(r.toFrame(), PaceRequests.analog(1, PaceRequests.ALL_PACKS));
    assertThat(back).isEqualTo(r);
    List<?> packs = (List<?>) back.toMap().get("packs");
    assertThat((Map<?, ?>) packs.get(1))
        .isEqualTo(Map.of("pack_address", 2, "present", false, "cell_count", 8));
    Map<?, ?> first = (Map<?, ?>) packs.get(0);
    assertThat(first.get("temperatures_C")).isEqualTo(Arrays.asList(new BigDecimal("25.0"), null));
    assertThat(first.get("current_A")).isEqualTo(new BigDecimal("-1.50"));
    assertThat(first.get("soh_pct")).isEqualTo(new BigDecimal("100"));
  }

  @Test
  void pylontechAlarmStatusBytesDecode() throws Exception {
    AlarmBlock block =
        new AlarmBlock(
            List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
            List.of(0, 0, 0, 0, 0),
            0,
            0,
            0,
            new byte[] {(byte) 0x81, 0x0E, (byte) 0x89, 0x01, (byte) 0x80},
            new byte[] {0x00});
    AlarmResponse r =
        new AlarmResponse(
            new ResponseHeader(0x20, 2, 0x46, Optional.of(PylonCommand.ALARM)),
            Dialect.PYLONTECH,
            0x10,
            PackAddressing.COMMAND_ECHO,
            2,
            List.of(block));
    Map<String, Object> m = ResponseDecoder.decode(r.toFrame(), PylonRequests.alarm(2, 2)).toMap();
    assertThat(
            ((List<?>) m.get("protections"))
                .stream().map(f -> ((Map<?, ?>) f).get("description")).toList())
        .isEqualTo(List.of("module under-voltage", "module over-voltage"));
    assertThat(m.get("status"))
        .isEqualTo(
            List.of(
                "using battery module power",
                "discharge MOSFET on",
                "charge MOSFET on",
                "effective charge current",
                "fully charged",
                "buzzer on"));
    assertThat(m.get("cell_errors")).isEqualTo(List.of(1, 16));
    assertThat(m).containsEntry("extra_hex", "00").containsKey("module_voltage_warning");
    assertThat(m).doesNotContainKey("pcb_protection");
  }

  @Test
  void requestsDescribeTheirParameters() throws Exception {
    assertThat(PaceRequests.analog(1, PaceRequests.ALL_PACKS).toMap()).containsEntry("pack", "all");
    assertThat(PaceRequests.control(0, ControlCommand.ENABLE_BUZZER).toMap())
        .containsEntry("sub_command", "0x0D")
        .containsEntry("sub_command_name", "enable buzzer");
    assertThat(PaceRequests.chargeMosfet(0, false).toMap()).containsEntry("mosfet", "off");
    assertThat(PaceRequests.setInverterProtocol(1, 0xFF, 0xFF, 0).toMap())
        .containsEntry("mode", "automatic");
    assertThat(PaceRequests.historyRecord(1, 300).toMap()).containsEntry("record_index", 300);
    assertThat(
            new String(
                PaceRequests.setInverterProtocol(0, 0xFF, 0xFF, 0).encode(),
                java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("~250046ECA006FFFF00FC07\r".replace("FC07", "FBF8"));
    assertThat(
            PaceRequests.setProtectionParameters(
                    1, ProtectionParameter.CELL_OVER_VOLTAGE, new byte[8])
                .command())
        .isEqualTo(PaceCommand.SET_CELL_OVER_VOLTAGE);
  }
}
