package io.solargw.protocol.inverter.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.solargw.protocol.inverter.codes.CodeTable;
import io.solargw.protocol.inverter.profile.InverterProfile;
import io.solargw.protocol.inverter.profile.ProfileLoader;
import io.solargw.protocol.inverter.settings.SettingContext;
import io.solargw.protocol.inverter.settings.SettingsCodec;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Snapshot → settings validation context; code-table references; machine-state tables. */
class SnapshotContextTest {

  private static final InverterProfile PROFILE = ProfileLoader.loadDefault();
  private static final SnapshotDecoder DECODER =
      new SnapshotDecoder(PROFILE, CodeTable.loadDefault());

  @Test
  void contextComesFromTheReadBack() {
    // E003 = 24 V, E004 = USE (vector T8), E215 = CAN, 0x0210 = standby
    RegisterImage image =
        RegisterImage.of(0xE003, List.of(24, 0)).with(0xE215, List.of(2)).with(0x0210, List.of(1));
    SettingContext c = SettingContexts.of(PROFILE, DECODER.decode(image));
    assertThat(c.systemVolts()).contains(24);
    assertThat(c.current("BTP")).contains("USE");
    assertThat(c.current("BMS")).contains("CAN");
    assertThat(c.machineState()).contains("standby");
    SettingsCodec codec = new SettingsCodec(PROFILE);
    assertThat(codec.validate(codec.spec("BTG"), "23.2", c)).isEmpty();
    assertThat(codec.validate(codec.spec("PMD"), "PAL", c)).isEmpty();
    assertThat(codec.validate(codec.spec("FLV"), "27.6", c))
        .containsExactly("[12] FLV requires BMS in [DIS]; BMS is currently CAN");
  }

  @Test
  void theProfileChoosesTheMachineStateTable() throws Exception {
    InverterProfile split =
        ProfileLoader.load(
            new ByteArrayInputStream(
                "extends: srne-default\nmachine_state_table: split_phase\n"
                    .getBytes(StandardCharsets.UTF_8)),
            "split.yaml");
    RegisterImage three = RegisterImage.of(0x0210, List.of(3));
    var v15 = DECODER.decode(three).point("machine_state").orElseThrow().value();
    var sp =
        new SnapshotDecoder(split, CodeTable.loadDefault())
            .decode(three)
            .point("machine_state")
            .orElseThrow()
            .value();
    assertThat(((PointValue.Choice) v15).option().orElseThrow().code()).isEqualTo("soft_start");
    assertThat(((PointValue.Choice) sp).option().orElseThrow().code()).isEqualTo("inverter");
  }

  @Test
  void codeTableReferencesResolveDefaultClasspathAndFiles(@TempDir Path dir) throws Exception {
    int entries = CodeTable.loadDefault().entries().size();
    assertThat(CodeTableReference.resolve("default", null).entries()).hasSize(entries);
    assertThat(
            CodeTableReference.resolve("classpath:" + CodeTable.DEFAULT_RESOURCE, null).entries())
        .hasSize(entries);
    try (InputStream in = CodeTable.class.getResourceAsStream(CodeTable.DEFAULT_RESOURCE)) {
      Files.write(dir.resolve("my-codes.yaml"), in.readAllBytes());
    }
    assertThat(CodeTableReference.resolve("my-codes.yaml", dir).entries()).hasSize(entries);
    assertThatThrownBy(() -> CodeTableReference.resolve("nope.yaml", dir))
        .isInstanceOf(NoSuchFileException.class);
    assertThatThrownBy(() -> CodeTableReference.resolve("classpath:/nope.yaml", dir))
        .isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void systemVoltageOptionOverridesE003() {
    RegisterImage image = RegisterImage.of(0xE003, List.of(24)).with(0xE008, List.of(144));
    assertThat(DECODER.decode(image).setting("boost_voltage_V").orElseThrow().value())
        .isEqualTo(new PointValue.Decimal(new java.math.BigDecimal("28.8")));
    assertThat(
            DECODER.decode(image, Optional.of(48)).setting("boost_voltage_V").orElseThrow().value())
        .isEqualTo(new PointValue.Decimal(new java.math.BigDecimal("57.6")));
  }
}
