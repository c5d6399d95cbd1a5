package io.solargw.protocol.inverter.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.solargw.protocol.inverter.codes.CodeTable;
import io.solargw.protocol.inverter.decode.PointValue;
import io.solargw.protocol.inverter.decode.RegisterImage;
import io.solargw.protocol.inverter.decode.SnapshotDecoder;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user profile extends the default: overrides by name, additions, removals, new forbidden ranges.
 */
class ProfileOverrideTest {

  private static Path fixture() throws URISyntaxException {
    return Path.of(ProfileOverrideTest.class.getResource("/profiles/user-override.yaml").toURI());
  }

  @Test
  void userFileOverridesExtendsAndRemoves() throws Exception {
    InverterProfile p = ProfileLoader.load(fixture());
    InverterProfile base = ProfileLoader.loadDefault();

    assertThat(p.name()).isEqualTo("my-inverter");
    assertThat(p.maxRegistersPerRead()).isEqualTo(16);
    assertThat(p.batteryCurrentPositive()).isEqualTo(BatteryCurrentSign.CHARGING);
    PointSpec pv = p.point("pv_power_W").orElseThrow();
    assertThat(pv.address()).isEqualTo(0x010A);
    assertThat(pv.type()).isEqualTo(PointType.U16);
    assertThat(pv.pages()).isEqualTo(base.point("pv_power_W").orElseThrow().pages());
    assertThat(p.point("battery_soh_pct")).isEmpty();
    assertThat(p.point("pv2_voltage_V")).isPresent();
    assertThat(p.points()).hasSize(base.points().size() - 4 + 1);
    assertThat(p.isForbidden(0x0105)).isTrue();
    assertThat(p.isForbidden(0x010F)).isFalse();
    assertThat(p.isForbidden(0xE100)).isTrue();
    ConstantSpec rated =
        p.constants().stream()
            .filter(c -> c.name().equals("rated_power_kW"))
            .findFirst()
            .orElseThrow();
    assertThat(rated.value()).contains(new BigDecimal("6"));
    assertThat(rated.pages()).singleElement().extracting(PagePlacement::number).isEqualTo(11);
    SettingSpec osp = p.setting("OSP").orElseThrow();
    assertThat(osp.register()).contains(0xE21E);
    assertThat(osp.name()).isEqualTo("split_phase_output");
    assertThat(p.settings()).hasSize(50);
    assertThat(ProfileReadPlan.fullCycle(p))
        .allSatisfy(b -> assertThat(b.count()).isLessThanOrEqualTo(16));
  }

  @Test
  void overriddenProfileDecodesWithItsChanges() throws Exception {
    InverterProfile p = ProfileLoader.load(fixture());
    var snapshot =
        new SnapshotDecoder(p, CodeTable.loadDefault())
            .decode(RegisterImage.of(0x0101, List.of(263, 72)).with(0x010A, List.of(1820)));
    assertThat(snapshot.point("battery_current_A").orElseThrow().value())
        .isEqualTo(new PointValue.Decimal(new BigDecimal("7.2")));
    assertThat(snapshot.pages().get(2).right().orElseThrow().value())
        .isEqualTo(new PointValue.Decimal(new BigDecimal("1.82")));
    assertThat(snapshot.pages().get(11).right().orElseThrow().value())
        .isEqualTo(new PointValue.Decimal(new BigDecimal("6")));
  }

  @Test
  void problemsInTheUserFileNameItsLines(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("mine.yaml");
    Files.writeString(
        file,
        """
        extends: srne-default
        remove_points: [no_such_point]
        points:
          - {name: pv_power_W, address: 0x0101}
          - {name: extra_V, address: 0xE150, type: u16, unit: V}
        settings:
          - {code: WFM, default: XYZ}
        """);
    ProfileException e =
        catchThrowableOfType(ProfileException.class, () -> ProfileLoader.load(file));
    assertThat(e.problems())
        .allSatisfy(problem -> assertThat(problem.source()).isEqualTo(file.toString()))
        .extracting(ProfileProblem::line, ProfileProblem::subject)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, "remove_points"),
            org.assertj.core.groups.Tuple.tuple(4, "point pv_power_W"),
            org.assertj.core.groups.Tuple.tuple(5, "point extra_V"),
            org.assertj.core.groups.Tuple.tuple(7, "setting WFM"));
    assertThat(e.problems().get(1).message())
        .contains("overlap point battery_voltage_V 0x0101 (srne-default.yaml line ");
    assertThat(e.problems().get(2).message()).contains("forbidden range 0xE100–0xE1FF");
    assertThat(e.problems().get(3).message())
        .contains("default 'XYZ' is not one of the options [SOL, UTI, SBU]");
  }

  @Test
  void missingFileIsOneProblem(@TempDir Path dir) {
    Path missing = dir.resolve("nope.yaml");
    ProfileException e =
        catchThrowableOfType(ProfileException.class, () -> ProfileLoader.load(missing));
    assertThat(e.getMessage()).isEqualTo(missing + ":0: profile: no such profile file");
  }
}
