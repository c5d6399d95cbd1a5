package io.solargw.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Metadata inferred from key suffixes, and overrides. */
class ValueMetaTest {

  record Row(String key, String name, String deviceClass, String stateClass, String unit) {}

  static Stream<Row> rows() {
    return Stream.of(
        new Row("battery_voltage_V", "Battery voltage", "voltage", "measurement", "V"),
        new Row("cell_max_mV", "Cell max", "voltage", "measurement", "mV"),
        new Row("battery_current_A", "Battery current", "current", "measurement", "A"),
        new Row("pv_power_W", "PV power", "power", "measurement", "W"),
        new Row(
            "output_apparent_power_VA",
            "Output apparent power",
            "apparent_power",
            "measurement",
            "VA"),
        new Row("pv_energy_total_kWh", "PV energy total", "energy", "total_increasing", "kWh"),
        new Row("remaining_capacity_Ah", "Remaining capacity", "", "measurement", "Ah"),
        new Row("grid_frequency_Hz", "Grid frequency", "frequency", "measurement", "Hz"),
        new Row(
            "heatsink_temperature_C", "Heatsink temperature", "temperature", "measurement", "°C"),
        new Row("soc_pct", "SOC", "battery", "measurement", "%"),
        new Row("battery_soc_pct", "Battery SOC", "battery", "measurement", "%"),
        new Row("load_pct", "Load", "", "measurement", "%"),
        new Row("uptime_s", "Uptime", "duration", "measurement", "s"),
        new Row("remaining_time_min", "Remaining time", "duration", "measurement", "min"),
        new Row("cycles", "Cycles", "", "", ""));
  }

  @ParameterizedTest
  @MethodSource("rows")
  void suffixDecides(Row row) {
    ValueMeta meta = ValueMeta.infer(row.key(), Value.of(1.0));
    assertThat(meta.name()).isEqualTo(row.name());
    assertThat(meta.deviceClass()).isEqualTo(row.deviceClass());
    assertThat(meta.stateClass()).isEqualTo(row.stateClass());
    assertThat(meta.unit()).isEqualTo(row.unit());
    assertThat(meta.enabledByDefault()).isTrue();
    assertThat(meta.category()).isEqualTo(EntityCategory.PRIMARY);
  }

  @Test
  void textsFlagsHaveNoUnitAndListsAreDisabledDiagnostics() {
    assertThat(ValueMeta.infer("machine_state", Value.of("ok")).unit()).isEmpty();
    assertThat(ValueMeta.infer("grid_connected", Value.of(true)).stateClass()).isEmpty();
    ValueMeta cells = ValueMeta.infer("cells_mV", Value.series(List.of(3300.0)));
    assertThat(cells.enabledByDefault()).isFalse();
    assertThat(cells.category()).isEqualTo(EntityCategory.DIAGNOSTIC);
    assertThat(cells.unit()).isEqualTo("mV");
  }

  @Test
  void perKeyOverrideWins() {
    DeviceState state =
        DeviceState.builder("inverter-1", DeviceKind.INVERTER, "Inverter 1")
            .value("bus_voltage_V", 380)
            .value("grid_lost", Value.of(false))
            .meta(
                "grid_lost",
                ValueMeta.infer("grid_lost", Value.of(false))
                    .withDeviceClass("problem")
                    .withName("Grid lost"))
            .build();
    assertThat(state.metaFor("grid_lost").deviceClass()).isEqualTo("problem");
    assertThat(state.metaFor("bus_voltage_V").name()).isEqualTo("BUS voltage");
  }

  @Test
  void idsKeysAndReservedNamesAreChecked() {
    assertThatThrownBy(() -> DeviceState.builder("Inverter 1", DeviceKind.INVERTER, "x").build())
        .hasMessageContaining("id must match");
    assertThatThrownBy(
            () ->
                DeviceState.builder("inverter-1", DeviceKind.INVERTER, "x")
                    .value("timestamp", 1)
                    .build())
        .hasMessageContaining("reserved");
    assertThatThrownBy(
            () ->
                DeviceState.builder("inverter-1", DeviceKind.INVERTER, "x")
                    .value("bad key", 1)
                    .build())
        .hasMessageContaining("values key must match");
    assertThat(
            DeviceState.builder("pack-1", DeviceKind.BATTERY_PACK, "P")
                .at(Availability.ONLINE, Instant.EPOCH)
                .build()
                .viaDevice())
        .isEqualTo("battery-rack");
  }
}
