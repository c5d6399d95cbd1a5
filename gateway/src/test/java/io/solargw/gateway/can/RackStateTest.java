package io.solargw.gateway.can;

import static org.assertj.core.api.Assertions.assertThat;

import io.solargw.protocol.bms.pylon.CanFrame;
import io.solargw.protocol.bms.pylon.PylonCanCodec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RackStateTest {

  private static final long KEEP_ALL = Long.MAX_VALUE;

  private static CanFrame frame(int id, String hex) {
    return CanFrame.standard(id, HexFormat.of().parseHex(hex.replace(" ", "")));
  }

  private static void accept(RackState rack, CanFrame f, long nanos) throws Exception {
    rack.accept(f, PylonCanCodec.decode(f), nanos);
  }

  @Test
  void theV12SetIsFlatWithTheDecodersNamesInIdOrder() throws Exception {
    RackState rack = new RackState();
    List<CanFrame> set = new ArrayList<>(RackFixture.frames());
    java.util.Collections.reverse(set); // arrival order does not matter
    for (CanFrame f : set) {
      accept(rack, f, 0);
    }
    Map<String, Object> values = rack.values(0, KEEP_ALL, new ArrayList<>());
    assertThat(values).containsExactlyEntriesOf(RackFixture.decodedFields(RackFixture.frames()));
    assertThat(values.keySet())
        .startsWith(
            "charge_voltage_V",
            "charge_current_limit_A",
            "discharge_current_limit_A",
            "discharge_voltage_V",
            "soc_pct",
            "soh_pct",
            "voltage_V",
            "current_A",
            "temperature_C",
            "protections",
            "alarms",
            "module_count");
  }

  @Test
  void vectorsC1C4C5C6DecodeToTheirExpectedValues() throws Exception {
    RackState rack = new RackState();
    accept(rack, frame(0x351, "14 02 74 0E 74 0E CC 01"), 0);
    accept(rack, frame(0x359, "00 00 00 00 0A 50 4E"), 0);
    accept(rack, frame(0x35C, "C0 00"), 0);
    accept(rack, frame(0x35E, "50 59 4C 4F 4E 20 20 20"), 0);
    Map<String, Object> values = rack.values(0, KEEP_ALL, new ArrayList<>());
    assertThat(values)
        .containsEntry("charge_voltage_V", new BigDecimal("53.2"))
        .containsEntry("charge_current_limit_A", new BigDecimal("370.0"))
        .containsEntry("discharge_current_limit_A", new BigDecimal("370.0"))
        .containsEntry("discharge_voltage_V", new BigDecimal("46.0"))
        .containsEntry("protections", List.of())
        .containsEntry("alarms", List.of())
        .containsEntry("module_count", 10)
        .containsEntry("charge_enable", true)
        .containsEntry("discharge_enable", true)
        .containsEntry("force_charge", false)
        .containsEntry("full_charge", false)
        .containsEntry("name", "PYLON");
  }

  @Test
  void uncertainFieldsAndReservedBitsOfTheFlatIdsAreGatheredOnce() throws Exception {
    RackState rack = new RackState();
    accept(rack, frame(0x355, "54 00 60 00 00 00"), 0);
    accept(rack, frame(0x359, "20 00 00 00 0A 50 4E"), 0);
    accept(rack, frame(0x35C, "C1 00"), 0);
    Map<String, Object> values = rack.values(0, KEEP_ALL, new ArrayList<>());
    assertThat(values).containsEntry("soc_high_res_pct", new BigDecimal("0.00"));
    assertThat(values).containsEntry("uncertain_fields", List.of("soc_high_res_pct"));
    assertThat(values)
        .containsEntry("reserved_bits", List.of("0x359 byte0_bit5", "0x35C byte0_bit0"));
  }

  @Test
  void otherIdsAreNestedUnderTheirKindAndRepeatedKindsUnderKindAndId() throws Exception {
    RackState rack = new RackState();
    accept(rack, frame(0x356, "7B 13 E9 FE 6B 01"), 0);
    accept(rack, frame(0x370, "6B 01 7F 01 E4 0C F0 0C"), 0);
    accept(rack, frame(0x374, "43 31 32"), 0);
    accept(rack, frame(0x375, "43 30 34"), 0);
    accept(rack, frame(0x305, "00 00 00 00 00 00 00 00"), 0);
    Map<String, Object> values = rack.values(0, KEEP_ALL, new ArrayList<>());
    assertThat(values.keySet())
        .containsExactly(
            "voltage_V",
            "current_A",
            "temperature_C",
            "inverter_keep_alive",
            "cell_extremes",
            "cell_name_374",
            "cell_name_375");
    assertThat(values.get("cell_extremes"))
        .isEqualTo(PylonCanCodec.decode(frame(0x370, "6B 01 7F 01 E4 0C F0 0C")).jsonFields());
    assertThat(values.get("cell_name_374"))
        .isEqualTo(Map.of("role", "min_cell_voltage", "name", "C12"));
  }

  @Test
  void idsOlderThanTheMaximumAgeAreLeftOutAndListed() throws Exception {
    RackState rack = new RackState();
    accept(rack, frame(0x351, "14 02 74 0E 74 0E CC 01"), 1_000);
    accept(rack, frame(0x35C, "C0 00"), 5_000);
    List<String> stale = new ArrayList<>();
    Map<String, Object> values = rack.values(6_000, 2_000, stale);
    assertThat(values).containsKey("charge_enable").doesNotContainKey("charge_voltage_V");
    assertThat(stale).containsExactly("0x351");
  }

  @Test
  void onlyTheBatterysOwnFramesCountAsTheBatterySpeaking() throws Exception {
    assertThat(RackState.fromBattery(PylonCanCodec.decode(frame(0x356, "7B 13 E9 FE 6B 01"))))
        .isTrue();
    assertThat(RackState.fromBattery(PylonCanCodec.decode(frame(0x305, "00")))).isFalse();
    assertThat(RackState.fromBattery(PylonCanCodec.decode(frame(0x307, "01 02")))).isFalse();
  }
}
