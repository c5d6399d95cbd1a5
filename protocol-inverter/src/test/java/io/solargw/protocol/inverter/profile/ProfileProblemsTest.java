package io.solargw.protocol.inverter.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken profiles are refused with the file, the line, the point or setting and what is wrong; all
 * problems at once. Each row is a small standalone profile (line 1 is {@code name: t}).
 */
class ProfileProblemsTest {

  record Row(String what, String yaml, int line, String subject, String message) {
    @Override
    public String toString() {
      return what;
    }
  }

  private static final String POINT =
      "  - {name: a_V, address: 0x0100, type: u16, scale: 0.1, unit: V}\n";

  static Stream<Row> rows() {
    return Stream.of(
        new Row(
            "unknown type",
            "name: t\npoints:\n  - {name: a_V, address: 0x0100, type: u17, unit: V}\n",
            3,
            "point a_V",
            "unknown type 'u17' (allowed: u16, s16, u32, s32, ascii, bitfield, enum, version, datetime, codes)"),
        new Row(
            "scale 0",
            "name: t\npoints:\n  - {name: a_V, address: 0x0100, type: u16, scale: 0, unit: V}\n",
            3,
            "point a_V",
            "scale 0 is not allowed"),
        new Row(
            "scale on text",
            "name: t\npoints:\n  - {name: sn, address: 0x0035, type: ascii, length: 20, scale: 0.1}\n",
            3,
            "point sn",
            "'scale' applies only to numeric types"),
        new Row(
            "enum without options",
            "name: t\nenums:\n  empty: {}\npoints:\n" + POINT,
            3,
            "enum empty",
            "enum table without options"),
        new Row(
            "enum point without table",
            "name: t\npoints:\n  - {name: s, address: 0x010B, type: enum}\n",
            3,
            "point s",
            "enum point without 'enum' table"),
        new Row(
            "unknown enum reference",
            "name: t\npoints:\n  - {name: s, address: 0x010B, type: enum, enum: nope}\n",
            3,
            "point s",
            "unknown enum table 'nope' (known: machine_state)"),
        new Row(
            "address out of range",
            "name: t\npoints:\n  - {name: a_V, address: 0x10000, type: u16, unit: V}\n",
            3,
            "point a_V",
            "'address' 0x10000 is out of range (allowed 0x0000..0xFFFF)"),
        new Row(
            "registers past 0xFFFF",
            "name: t\npoints:\n  - {name: e_kWh, address: 0xFFFF, type: u32, unit: kWh}\n",
            3,
            "point e_kWh",
            "registers 0xFFFF+2 run past 0xFFFF"),
        new Row(
            "length does not fit",
            "name: t\npoints:\n  - {name: a_V, address: 0x0100, length: 2, type: u16, unit: V}\n",
            3,
            "point a_V",
            "length 2 does not fit type u16 (allowed 1)"),
        new Row(
            "datetime of 4 registers",
            "name: t\npoints:\n  - {name: t, address: 0x020C, length: 4, type: datetime}\n",
            3,
            "point t",
            "length 4 does not fit type datetime (allowed 2..3)"),
        new Row(
            "overlapping points",
            "name: t\npoints:\n"
                + POINT
                + "  - {name: b_kWh, address: 0x00FF, type: u32, unit: kWh}\n",
            4,
            "point b_kWh",
            "registers 0x00FF–0x0100 overlap point a_V 0x0100 (line 3)"),
        new Row(
            "duplicate names",
            "name: t\npoints:\n" + POINT + "  - {name: a_V, address: 0x0101, type: u16, unit: V}\n",
            4,
            "point a_V",
            "duplicate name (first at line 3)"),
        new Row(
            "unknown key",
            "name: t\npoints:\n  - {name: a_V, address: 0x0100, type: u16, scal: 0.1, unit: V}\n",
            3,
            "point a_V",
            "unknown key 'scal'"),
        new Row(
            "missing address",
            "name: t\npoints:\n  - {name: a_V, type: u16, unit: V}\n",
            3,
            "point a_V",
            "missing 'address'"),
        new Row(
            "unit suffix",
            "name: t\npoints:\n  - {name: a_A, address: 0x0100, type: u16, unit: V}\n",
            3,
            "point a_A",
            "name 'a_A' must end with its unit '_V'"),
        new Row(
            "battery_voltage scale needs volts",
            "name: t\npoints:\n  - {name: i_A, address: 0x0100, type: u16, scale: battery_voltage, unit: A}\n",
            3,
            "point i_A",
            "scale battery_voltage needs unit V"),
        new Row(
            "reads a forbidden register",
            "name: t\nforbidden:\n  - {from: 0x0100, reason: hole}\npoints:\n" + POINT,
            5,
            "point a_V",
            "registers 0x0100 lie in forbidden range 0x0100 (hole)"),
        new Row(
            "page side",
            "name: t\npoints:\n  - {name: a_V, address: 0x0100, type: u16, unit: V, page: {number: 1, side: middle, label: X}}\n",
            3,
            "point a_V",
            "unknown side 'middle' (allowed: left, right)"),
        new Row(
            "page 16",
            "name: t\npoints:\n  - {name: a_V, address: 0x0100, type: u16, unit: V, page: {number: 16, side: left, label: X}}\n",
            3,
            "point a_V",
            "'number' 16 is out of range (allowed 1..15)"),
        new Row(
            "page half used twice",
            "name: t\npoints:\n  - {name: a_V, address: 0x0100, type: u16, unit: V, page: {number: 1, side: left, label: X}}\n  - {name: b_V, address: 0x0101, type: u16, unit: V, page: {number: 1, side: left, label: Y}}\n",
            4,
            "point b_V",
            "page 1 left is already used by point a_V (line 3)"),
        new Row(
            "page unit",
            "name: t\npoints:\n  - {name: a_V, address: 0x0100, type: u16, unit: V, page: {number: 1, side: left, label: X, unit: kW}}\n",
            3,
            "point a_V",
            "page unit 'kW' cannot be made from unit 'V'"),
        new Row(
            "derived input",
            "name: t\npoints:\n"
                + POINT
                + "derived:\n  - {name: p_W, formula: product, of: [a_V, nope_A], unit: W}\n",
            5,
            "derived p_W",
            "input 'nope_A' is not a numeric measurement point or an earlier derived value"),
        new Row(
            "derived arity",
            "name: t\npoints:\n"
                + POINT
                + "derived:\n  - {name: p_W, formula: product, of: [a_V], unit: W}\n",
            5,
            "derived p_W",
            "formula product takes 2 input(s), got 1"),
        new Row(
            "constant without value or reason",
            "name: t\nconstants:\n  - {name: rated_power_kW, unit: kW}\n",
            3,
            "constant rated_power_kW",
            "a constant without value needs a 'reason'"),
        new Row("not YAML", "name: t\npoints: [\n  {name: a\n", 3, "yaml", "not valid YAML"),
        new Row(
            "duplicate key",
            "name: t\nname: u\n",
            2,
            "key name",
            "duplicate key (first at line 1)"),
        new Row(
            "read limit",
            "name: t\nmax_registers_per_read: 40\n",
            2,
            "profile",
            "'max_registers_per_read' 40 is out of range (allowed 1..32)"),
        new Row(
            "unknown top-level key", "name: t\npointz: []\n", 2, "profile", "unknown key 'pointz'"),
        new Row(
            "unknown machine-state table",
            "name: t\nmachine_state_table: v9\n",
            2,
            "profile",
            "unknown machine_state_table 'v9' (allowed: all_in_one_v1_5, split_phase, legacy_v1_3)"),
        new Row(
            "unknown base profile",
            "extends: srne-nope\n",
            1,
            "profile",
            "unknown base profile 'srne-nope'"),
        new Row(
            "removal without base",
            "name: t\nremove_points: [a_V]\n",
            2,
            "profile",
            "'remove_points' needs 'extends'"),
        new Row(
            "setting default out of range",
            "name: t\nsettings:\n  - {number: 11, code: ICT, name: boost_time_min, label: X, unit: min, register: 0xE012, min: 5, max: 900, step: 5, default: 902}\n",
            3,
            "setting ICT",
            "default 902 is not in 5..900 step 5"),
        new Row(
            "setting without register key",
            "name: t\nsettings:\n  - {number: 11, code: ICT, name: boost_time_min, label: X, unit: min, min: 5, max: 900, step: 5, default: 120}\n",
            3,
            "setting ICT",
            "missing 'register'"),
        new Row(
            "setting option not in table",
            "name: t\nenums:\n  e: {0: {code: A}, 1: {code: B}}\nsettings:\n  - {number: 2, code: WFM, name: w, label: X, register: 0xE204, enum: e, options: [A, C], default: A}\n",
            5,
            "setting WFM",
            "option 'C' is not in enum table e [A, B]"),
        new Row(
            "setting rule names unknown setting",
            "name: t\nenums:\n  e: {0: {code: A}}\nsettings:\n  - {number: 2, code: WFM, name: w, label: X, register: 0xE204, enum: e, default: A, requires: [{setting: XYZ, in: [A]}]}\n",
            5,
            "setting WFM",
            "rule names unknown setting 'XYZ'"),
        new Row(
            "setting writable without register",
            "name: t\nenums:\n  e: {0: {code: A}}\nsettings:\n  - {number: 2, code: WFM, name: w, label: X, register: none, writable: true, enum: e, default: A}\n",
            5,
            "setting WFM",
            "a setting without register cannot be writable"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void brokenProfileIsRefusedWithLineSubjectAndReason(Row row) {
    ProfileException e = catchThrowableOfType(ProfileException.class, () -> load(row.yaml()));
    assertThat(e).as("profile should be refused").isNotNull();
    assertThat(e.problems())
        .as(e.getMessage())
        .anySatisfy(
            p -> {
              assertThat(p.source()).isEqualTo("broken.yaml");
              assertThat(p.line()).isEqualTo(row.line());
              assertThat(p.subject()).isEqualTo(row.subject());
              assertThat(p.message()).contains(row.message());
            });
    assertThat(e.getMessage()).contains("broken.yaml:" + row.line() + ": " + row.subject() + ": ");
  }

  @Test
  void everyProblemIsReportedAtOnceInLineOrder() {
    String yaml =
        """
        name: t
        points:
          - {name: a_V, address: 0x0100, type: u17, unit: V}
          - {name: b_V, address: 0x0101, type: u16, scale: 0, unit: V}
          - {name: c_V, address: 0x0101, type: u16, unit: V}
          - {name: s, address: 0x010B, type: enum, enum: nope}
        """;
    ProfileException e = catchThrowableOfType(ProfileException.class, () -> load(yaml));
    assertThat(e.problems())
        .extracting(ProfileProblem::line, ProfileProblem::subject)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3, "point a_V"),
            org.assertj.core.groups.Tuple.tuple(4, "point b_V"),
            org.assertj.core.groups.Tuple.tuple(5, "point c_V"),
            org.assertj.core.groups.Tuple.tuple(6, "point s"));
    assertThat(e.getMessage())
        .startsWith("4 profile problems: broken.yaml:3: point a_V: unknown type 'u17'");
  }

  @Test
  void aMinimalStandaloneProfileLoads() throws ProfileException {
    InverterProfile p = load("name: t\npoints:\n" + POINT);
    assertThat(p.points()).hasSize(1);
    assertThat(p.settings()).isEmpty();
    assertThat(p.maxRegistersPerRead()).isEqualTo(20);
    assertThat(p.enumTable("machine_state")).isPresent();
  }

  private static InverterProfile load(String yaml) throws ProfileException {
    return ProfileLoader.load(
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "broken.yaml");
  }
}
