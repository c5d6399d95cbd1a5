package io.solargw.protocol.inverter.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.solargw.protocol.inverter.profile.ProfileLoader;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Hand-picked writes, valid and invalid, with the exact reason the device state refuses them. */
class SettingRulesTableTest {

  private static final SettingsCodec CODEC = new SettingsCodec(ProfileLoader.loadDefault());

  record Row(
      String code,
      String value,
      Integer volts,
      Map<String, String> current,
      String state,
      String error) {
    @Override
    public String toString() {
      return code + " := " + value + (error == null ? " ok" : " refused");
    }
  }

  private static Row ok(String code, String value, int volts, Map<String, String> current) {
    return new Row(code, value, volts, current, "standby", null);
  }

  private static Row no(
      String code,
      String value,
      Integer volts,
      Map<String, String> current,
      String state,
      String error) {
    return new Row(code, value, volts, current, state, error);
  }

  static Stream<Row> rows() {
    Map<String, String> gel = Map.of("BTP", "GEL");
    Map<String, String> bmsCan = Map.of("BMS", "CAN");
    return Stream.of(
        ok("BTG", "46.4", 48, gel),
        ok("BTG", "44", 48, Map.of("BTP", "USE")),
        no(
            "BTG",
            "46.5",
            48,
            gel,
            "standby",
            "[5] BTG (Battery-to-grid voltage): 46.5 V is off the step grid 44..52 V in steps of 0.4 V for a 48 V system (nearest 46.4 or 46.8 V)"),
        no(
            "BTG",
            "53",
            48,
            gel,
            "standby",
            "[5] BTG (Battery-to-grid voltage): 53 V is out of range 44..52 V in steps of 0.4 V for a 48 V system"),
        no(
            "BTG",
            "46.4",
            48,
            Map.of("BTP", "L16"),
            "standby",
            "[5] BTG requires BTP in [USE, SLD, FLD, GEL]; BTP is currently L16"),
        ok("BTG", "23.2", 24, gel),
        no(
            "BTG",
            "46",
            24,
            gel,
            "standby",
            "[5] BTG (Battery-to-grid voltage): 46 V is out of range 22..26 V in steps of 0.2 V for a 24 V system"),
        no(
            "BTG",
            "46",
            null,
            gel,
            "standby",
            "[5] BTG (Battery-to-grid voltage): a battery-voltage setting needs the system voltage (E003: 12/24/36/48 V), which is unknown"),
        ok("LVR", "52.4", 48, Map.of()),
        no(
            "LVR",
            "52.5",
            48,
            Map.of(),
            "standby",
            "[34] LVR (Low-voltage recovery threshold): 52.5 V is off the step grid 50..58 V in steps of 0.4 V for a 48 V system (nearest 52.4 or 52.8 V)"),
        ok("LDV", "46.5", 48, Map.of("DLE", "ENA")),
        no(
            "LDV",
            "46.5",
            48,
            Map.of("DLE", "DIS"),
            "standby",
            "[39] LDV requires DLE in [ENA]; DLE is currently DIS"),
        ok("WFM", "sbu", 48, Map.of()),
        no(
            "WFM",
            "XYZ",
            48,
            Map.of(),
            "standby",
            "[2] WFM (Power supply priority): 'XYZ' is not an option (allowed: SOL, UTI, SBU)"),
        no(
            "CHM",
            "CUB",
            48,
            Map.of(),
            "standby",
            "[7] CHM (Charging priority): 'CUB' is not an option (allowed: CSO, SNU, OSO)"),
        ok("PMD", "3P2", 48, Map.of()),
        no(
            "PMD",
            "PAL",
            48,
            Map.of(),
            "inverter",
            "[30] PMD requires machine state in [standby]; the machine state is currently inverter"),
        ok("GSD", "50", 48, bmsCan),
        no(
            "GSD",
            "50",
            48,
            Map.of("BMS", "DIS"),
            "standby",
            "[43] GSD requires BMS in [CAN, 485]; BMS is currently DIS"),
        no(
            "GSD",
            "55",
            48,
            bmsCan,
            "standby",
            "[43] GSD (On-grid discharge cutoff SOC): 55 % is off the step grid 10..90 % in steps of 10 % (nearest 50 or 60 %)"),
        no(
            "BDS",
            "PYL",
            48,
            Map.of(),
            "standby",
            "[33] BDS requires BMS in [CAN, 485]; BMS is currently unknown (read the settings first)"),
        ok("BDS", "PYL", 48, Map.of("BMS", "485")),
        no(
            "EQE",
            "ENA",
            48,
            gel,
            "standby",
            "[15] EQE requires BTP in [USE, SLD, FLD]; BTP is currently GEL"),
        no(
            "FLV",
            "55.2",
            48,
            Map.of("BMS", "CAN"),
            "standby",
            "[12] FLV requires BMS in [DIS]; BMS is currently CAN"),
        no(
            "GOV",
            "225",
            48,
            Map.of(),
            "standby",
            "[36] GOV (Off-grid output voltage): '225' is not one of 200, 208, 220, 230, 240 V"),
        ok("OPF", "60", 48, Map.of()),
        no(
            "MCC",
            "abc",
            48,
            Map.of(),
            "standby",
            "[8] MCC (Maximum charging current of the battery): 'abc' is not a number (allowed 1..120 A in steps of 1 A)"),
        no(
            "MCC",
            "0.5",
            48,
            Map.of(),
            "standby",
            "[8] MCC (Maximum charging current of the battery): 0.5 A is out of range 1..120 A in steps of 1 A"),
        no(
            "PDI",
            "0",
            48,
            Map.of(),
            "standby",
            "[29] PDI (Device communication address): 0 is out of range 1..9 in steps of 1"),
        no(
            "PDT",
            "MAS",
            48,
            Map.of(),
            "standby",
            "[31] PDT (Type of parallel equipment) cannot be written: no register is known (protocol doc 4.1)"),
        no(
            "BTP",
            "LIT2",
            48,
            Map.of(),
            "standby",
            "[9] BTP (Lead-acid battery subtype): 'LIT2' is not an option (allowed: USE, SLD, FLD, GEL, L14, L15, L16, N13, N14, LIT)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void validatesAgainstRangeStepOptionsAndRules(Row row) {
    SettingContext context =
        new SettingContext(
            Optional.ofNullable(row.volts()), row.current(), Optional.of(row.state()));
    var problems = CODEC.validate(CODEC.spec(row.code()), row.value(), context);
    if (row.error() == null) {
      assertThat(problems).isEmpty();
    } else {
      assertThat(problems).containsExactly(row.error());
    }
  }
}
