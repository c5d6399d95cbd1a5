package io.solargw.protocol.inverter.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.solargw.protocol.inverter.plan.ReadBlock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The bundled profile loads cleanly and says what the manual and the protocol doc say. */
class DefaultProfileTest {

  private static final InverterProfile PROFILE = ProfileLoader.loadDefault();

  @Test
  void loadsWithoutProblemsAndHasTheWholeMap() throws ProfileException {
    InverterProfile again = ProfileLoader.loadResource("srne-default");
    assertThat(again).isEqualTo(PROFILE);
    assertThat(PROFILE.points()).hasSize(186);
    assertThat(PROFILE.derived()).hasSize(5);
    assertThat(PROFILE.constants()).hasSize(3);
    assertThat(PROFILE.maxRegistersPerRead()).isEqualTo(20);
    assertThat(PROFILE.wordOrder()).isEqualTo(WordOrder.LOW_FIRST);
    assertThat(PROFILE.batteryCurrentPositive()).isEqualTo(BatteryCurrentSign.DISCHARGING);
    assertThat(PROFILE.machineStates()).isEqualTo(MachineStateTable.ALL_IN_ONE_V1_5);
    assertThat(PROFILE.codeTable()).isEqualTo("default");
  }

  @Test
  void coversEveryAreaOfTheRealTimeMap() {
    assertThat(PROFILE.points())
        .extracting(PointSpec::address)
        .contains(
            0x000A,
            0x005D - 19,
            0x0100,
            0x0139,
            0x0200,
            0x0204,
            0x022A,
            0x023F,
            0x024D,
            0x0252,
            0xF000,
            0xF054);
  }

  @Test
  void hasTheFiftySettingsOfTheManualInOrder() {
    assertThat(PROFILE.settings())
        .extracting(SettingSpec::number)
        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 50).boxed().toList());
    assertThat(PROFILE.settings())
        .extracting(SettingSpec::code)
        .containsExactly(
            "POF", "WFM", "OPF", "GVR", "BTG", "GTB", "CHM", "MCC", "BTP", "ICV", "ICT", "FLV",
            "BUA", "BLV", "EQE", "EQV", "EQT", "EQD", "EQC", "EQI", "ESM", "OLR", "OTR", "BAL",
            "MTR", "ITB", "ACM", "OSP", "PDI", "PMD", "PDT", "BMS", "BDS", "LVR", "BRC", "GOV",
            "GAE", "DLE", "LDV", "HDV", "BDL", "BOD", "GSD", "GRD", "OSD", "ORD", "BTE", "GPC",
            "GFE", "CCS");
  }

  @Test
  void settingsWithoutRegisterAreReadOnlyAndUnread() {
    assertThat(PROFILE.settings().stream().filter(s -> s.register().isEmpty()))
        .extracting(SettingSpec::code)
        .containsExactly("PDT", "BTE");
    PROFILE.settings().stream()
        .filter(s -> s.register().isEmpty())
        .forEach(
            s -> {
              assertThat(s.writable()).isFalse();
              assertThat(s.poll()).isEqualTo(PollGroup.NEVER);
              assertThat(s.confidence()).isEqualTo(Confidence.NONE);
            });
  }

  @Test
  void lowConfidenceRegistersAreFlagged() {
    assertThat(PROFILE.settings().stream().filter(s -> s.confidence() == Confidence.LOW))
        .extracting(SettingSpec::code)
        .containsExactly(
            "OSP", "PDI", "BDS", "GAE", "DLE", "LDV", "HDV", "BDL", "BOD", "GSD", "GRD", "OSD",
            "ORD", "GPC", "GFE");
  }

  record Slot(int page, PageSide side, String name, String label) {}

  static Stream<Slot> manualPages() {
    return Stream.of(
        new Slot(1, PageSide.LEFT, "battery_voltage_V", "INPUT BATT V"),
        new Slot(1, PageSide.RIGHT, "output_voltage_V", "OUTPUT LOAD V"),
        new Slot(2, PageSide.RIGHT, "pv_power_W", "PV OUTPUT KW"),
        new Slot(3, PageSide.LEFT, "pv_voltage_V", "PV INPUT V"),
        new Slot(3, PageSide.RIGHT, "pv_current_A", "PV Output A"),
        new Slot(4, PageSide.LEFT, "battery_charge_current_A", "INPUT BATT A"),
        new Slot(4, PageSide.RIGHT, "battery_discharge_current_A", "OUTPUT BATT A"),
        new Slot(5, PageSide.LEFT, "battery_charge_power_W", "INPUT BATT KW"),
        new Slot(5, PageSide.RIGHT, "battery_discharge_power_W", "OUTPUT BATT KW"),
        new Slot(6, PageSide.LEFT, "grid_frequency_Hz", "AC INPUT Hz"),
        new Slot(6, PageSide.RIGHT, "inverter_frequency_Hz", "AC OUTPUT LOAD Hz"),
        new Slot(7, PageSide.LEFT, "grid_voltage_V", "AC INPUT V"),
        new Slot(7, PageSide.RIGHT, "load_current_A", "AC OUTPUT LOAD A"),
        new Slot(8, PageSide.RIGHT, "load_apparent_power_VA", "OUTPUT LOAD KVA"),
        new Slot(9, PageSide.RIGHT, "load_active_power_W", "INV OUTPUT LOAD KW"),
        new Slot(10, PageSide.LEFT, "app_version", "DSP software version"),
        new Slot(10, PageSide.RIGHT, "bootloader_version", "ARM software version"),
        new Slot(11, PageSide.LEFT, "system_voltage_V", "Model and battery voltage level"),
        new Slot(11, PageSide.RIGHT, "rated_power_kW", "Output power level"),
        new Slot(12, PageSide.LEFT, "pv_voltage_level_V", "Model and PV voltage level"),
        new Slot(12, PageSide.RIGHT, "pv_current_level_A", "Model and PV current level"),
        new Slot(13, PageSide.LEFT, "rs485_address", "RS485 address"),
        new Slot(13, PageSide.RIGHT, "parallel_mode", "Phase sequence display"),
        new Slot(14, PageSide.RIGHT, "fault_codes", "Alarm code"),
        new Slot(15, PageSide.RIGHT, "fault_codes", "Fault code"));
  }

  @ParameterizedTest(name = "page {0}")
  @MethodSource("manualPages")
  void everyPageHalfOfTheManualIsPlaced(Slot slot) {
    List<String> owners = new ArrayList<>();
    PROFILE.points().forEach(p -> add(owners, p.name(), p.pages(), slot));
    PROFILE.derived().forEach(d -> add(owners, d.name(), d.pages(), slot));
    PROFILE.constants().forEach(c -> add(owners, c.name(), c.pages(), slot));
    PROFILE.settings().forEach(s -> add(owners, s.name(), s.pages(), slot));
    assertThat(owners).containsExactly(slot.name());
  }

  private static void add(List<String> owners, String name, List<PagePlacement> pages, Slot slot) {
    pages.stream()
        .filter(p -> p.number() == slot.page() && p.side() == slot.side())
        .forEach(
            p -> {
              assertThat(p.label()).isEqualTo(slot.label());
              owners.add(name);
            });
  }

  @Test
  void neverReadsTheFactoryAreaOrTheCommandRegisters() {
    assertThat(PROFILE.isForbidden(0xE100)).isTrue();
    assertThat(PROFILE.isForbidden(0xE1FF)).isTrue();
    assertThat(PROFILE.isForbidden(0xDF01)).isTrue();
    assertThat(PROFILE.isForbidden(0xDF02)).isTrue();
    assertThat(PROFILE.isForbidden(0xDF06)).isTrue();
    assertThat(PROFILE.isForbidden(0xDF00)).isFalse();
    for (ReadBlock b : ProfileReadPlan.fullCycle(PROFILE)) {
      for (int a = b.start(); a <= b.end(); a++) {
        assertThat(PROFILE.isForbidden(a)).as("block %s reads %04X", b, a).isFalse();
      }
    }
  }

  /** The counts stated in docs/reference/inverter-profile.md ("Read planning"). */
  @Test
  void oneFullCycleTakesTwentySevenTransactionsOfAtMostTwentyRegisters() {
    List<ReadBlock> full = ProfileReadPlan.fullCycle(PROFILE);
    assertThat(full).hasSize(27);
    assertThat(full).allSatisfy(b -> assertThat(b.count()).isLessThanOrEqualTo(20));
    assertThat(full.stream().mapToInt(ReadBlock::count).sum()).isEqualTo(346);
    assertThat(ProfileReadPlan.plan(PROFILE, EnumSet.of(PollGroup.FAST))).hasSize(8);
    assertThat(ProfileReadPlan.plan(PROFILE, EnumSet.of(PollGroup.FAST, PollGroup.ON_CHANGE)))
        .hasSize(9);
    assertThat(ProfileReadPlan.plan(PROFILE, EnumSet.of(PollGroup.SLOW))).hasSize(23);
    for (var span : ProfileReadPlan.spans(PROFILE, ProfileReadPlan.FULL_CYCLE)) {
      for (int a = span.start(); a <= span.end(); a++) {
        int address = a;
        assertThat(full).as("%04X is read", a).anyMatch(b -> b.contains(address));
      }
    }
  }

  @Test
  void vectorNamesAreProfileNames() {
    for (String name :
        List.of(
            "battery_voltage_V",
            "grid_frequency_Hz",
            "load_active_power_W",
            "pv_energy_total_kWh",
            "serial_number",
            "app_version",
            "machine_state",
            "output_voltage_V",
            "cpu_build_time")) {
      assertThat(PROFILE.point(name)).as(name).isPresent();
    }
    for (String name :
        List.of("output_priority", "output_voltage_V", "charge_priority", "power_on")) {
      assertThat(PROFILE.setting(name)).as(name).isPresent();
    }
  }
}
