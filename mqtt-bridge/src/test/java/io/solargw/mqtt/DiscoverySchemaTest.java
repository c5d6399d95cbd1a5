package io.solargw.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import io.solargw.mqtt.discovery.DiscoveryContext;
import io.solargw.mqtt.discovery.DiscoveryDocument;
import io.solargw.mqtt.payload.Json;
import io.solargw.mqtt.topic.TopicTree;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Discovery payloads of every device kind checked against Home Assistant's rules (as data). */
class DiscoverySchemaTest {

  private static final WritePolicy WRITES =
      WritePolicy.allowing(Set.of("WFM", "MCC", "BUZ"), Duration.ofSeconds(30));

  private final HaDiscoveryRules rules = new HaDiscoveryRules();

  DiscoverySchemaTest() throws Exception {}

  static DiscoveryContext context(String gatewayId, WritePolicy writes) {
    return new DiscoveryContext(
        new TopicTree("solar/" + gatewayId, "homeassistant"), gatewayId, writes, "0.1.0");
  }

  static Stream<DeviceState> devices() {
    return Stream.of(
        Devices.inverter(1, 53.1),
        Devices.pack(3),
        Devices.stack(2),
        Devices.rack(2),
        Devices.gateway());
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> payload(DeviceState state, DiscoveryContext context) {
    // through JSON text and back: what Home Assistant receives
    return (Map<String, Object>) Json.read(Json.write(DiscoveryDocument.of(state, context)));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Map<String, Object>> cmps(Map<String, Object> payload) {
    return (Map<String, Map<String, Object>>) payload.get("cmps");
  }

  @ParameterizedTest
  @MethodSource("devices")
  void everyPayloadFollowsTheSchemaWithWritesOnAndOff(DeviceState state) {
    for (WritePolicy writes : List.of(WRITES, WritePolicy.DISABLED)) {
      assertThat(rules.violations(payload(state, context("garage", writes))))
          .as(state.id() + " with writes " + writes.enabled())
          .isEmpty();
    }
  }

  @Test
  void packHasSixteenDisabledCellVoltageSensors() {
    Map<String, Map<String, Object>> cmps = cmps(payload(Devices.pack(3), context("g", WRITES)));
    for (int cell = 1; cell <= 16; cell++) {
      assertThat(cmps.get("cells_mV_" + cell))
          .containsEntry("p", "sensor")
          .containsEntry("name", "Cell " + cell)
          .containsEntry("device_class", "voltage")
          .containsEntry("unit_of_measurement", "mV")
          .containsEntry("state_class", "measurement")
          .containsEntry("enabled_by_default", false)
          .containsEntry("entity_category", "diagnostic")
          .containsEntry("value_template", "{{ value_json['cells_mV'][" + (cell - 1) + "] }}");
    }
    assertThat(cmps).doesNotContainKey("cells_mV_17");
    assertThat(cmps.get("soc_pct"))
        .containsEntry("device_class", "battery")
        .containsEntry("unit_of_measurement", "%")
        .doesNotContainKey("enabled_by_default");
    assertThat(cmps.get("soh_pct")).doesNotContainKey("device_class");
    assertThat(cmps.get("remaining_capacity_Ah"))
        .doesNotContainKey("device_class")
        .containsEntry("unit_of_measurement", "Ah")
        .containsEntry("state_class", "measurement");
  }

  @Test
  void inverterEntitiesFaultsSettingsAndEnergy() {
    Map<String, Object> payload = payload(Devices.inverter(1, 53.1), context("g", WRITES));
    Map<String, Map<String, Object>> cmps = cmps(payload);
    assertThat(rules.energyDashboardAccepts(cmps.get("pv_energy_total_kWh"))).isTrue();
    assertThat(cmps.get("battery_voltage_V"))
        .containsEntry("device_class", "voltage")
        .containsEntry("unit_of_measurement", "V")
        .containsEntry("name", "Battery voltage");
    assertThat(cmps.get("output_apparent_power_VA"))
        .containsEntry("device_class", "apparent_power");
    assertThat(cmps.get("heatsink_temperature_C")).containsEntry("unit_of_measurement", "°C");
    assertThat(cmps.get("faults"))
        .containsEntry("p", "binary_sensor")
        .containsEntry("device_class", "problem");
    assertThat(cmps.get("faults_text"))
        .containsEntry("p", "sensor")
        .containsEntry("json_attributes_topic", "solar/g/inverter-1/state");
    assertThat(cmps.get("grid_connected")).containsEntry("p", "binary_sensor");
    assertThat(cmps.get("set_WFM"))
        .containsEntry("p", "select")
        .containsEntry("command_topic", "solar/g/inverter-1/set/WFM")
        .containsEntry("options", List.of("SOL", "UTI", "SBU"))
        .containsEntry("entity_category", "config");
    assertThat(cmps.get("set_MCC"))
        .containsEntry("p", "number")
        .containsEntry("unit_of_measurement", "A");
    assertThat(cmps.get("set_BUZ"))
        .containsEntry("p", "switch")
        .containsEntry("state_topic", "solar/g/inverter-1/set/BUZ/result");
    assertThat(payload)
        .containsEntry("availability_mode", "all")
        .containsEntry(
            "availability",
            List.of(
                Map.of("topic", "solar/g/status"),
                Map.of("topic", "solar/g/inverter-1/availability")));
    assertThat(cmps(payload(Devices.inverter(1, 53.1), context("g", WritePolicy.DISABLED))))
        .doesNotContainKeys("set_WFM", "set_MCC", "set_BUZ");
  }

  @Test
  @SuppressWarnings("unchecked")
  void devicesFormATreeUnderTheGateway() {
    DiscoveryContext context = context("g", WRITES);
    Map<String, String> via = new LinkedHashMap<>();
    devices()
        .forEach(
            d ->
                via.put(
                    d.id(),
                    String.valueOf(
                        ((Map<String, Object>) payload(d, context).get("dev")).get("via_device"))));
    assertThat(via)
        .containsEntry("inverter-1", "solargw_g_inverter-stack")
        .containsEntry("pack-3", "solargw_g_battery-rack")
        .containsEntry("inverter-stack", "solargw_g_gateway")
        .containsEntry("battery-rack", "solargw_g_gateway")
        .containsEntry("gateway", "null");
  }

  @Test
  void uniqueIdsAreStablePerGatewayAndDistinctAcrossGateways() {
    Set<String> first = uniqueIds(context("garage", WRITES));
    Set<String> again = uniqueIds(context("garage", WRITES));
    Set<String> other = uniqueIds(context("cabin", WRITES));
    assertThat(first).isEqualTo(again).hasSizeGreaterThan(60);
    assertThat(first).doesNotContainAnyElementsOf(other);
    assertThat(first).allMatch(id -> id.startsWith("solargw_garage_"));
  }

  private static Set<String> uniqueIds(DiscoveryContext context) {
    Set<String> ids = new HashSet<>();
    devices()
        .forEach(
            d ->
                cmps(payload(d, context))
                    .values()
                    .forEach(
                        cmp ->
                            assertThat(ids.add((String) cmp.get("unique_id")))
                                .as("duplicate " + cmp)
                                .isTrue()));
    return ids;
  }

  static Stream<Object[]> brokenPayloads() {
    return Stream.of(
        broken(
            "energy as measurement",
            "pv_energy_total_kWh",
            c -> c.put("state_class", "measurement"),
            "not allowed for device_class 'energy'"),
        broken(
            "voltage in amperes",
            "battery_voltage_V",
            c -> c.put("unit_of_measurement", "A"),
            "unit 'A' is not valid"),
        broken("no unique id", "pv_power_W", c -> c.remove("unique_id"), "lacks required"),
        broken(
            "sensor as config",
            "pv_power_W",
            c -> c.put("entity_category", "config"),
            "cannot be in category config"),
        broken(
            "binary class",
            "faults",
            c -> c.put("device_class", "voltage"),
            "device_class 'voltage' is not one of"),
        broken(
            "typo", "pv_power_W", c -> c.put("unit_of_measurment", "W"), "is not a sensor option"),
        broken(
            "battery in V",
            "battery_voltage_V",
            c -> c.put("device_class", "battery"),
            "not valid for device_class 'battery'"));
  }

  private static Object[] broken(
      String name, String cmp, Consumer<Map<String, Object>> change, String expected) {
    return new Object[] {name, cmp, change, expected};
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenPayloads")
  void theRulesCatchBrokenPayloads(
      String name, String component, Consumer<Map<String, Object>> change, String expected) {
    Map<String, Object> payload = payload(Devices.inverter(1, 53.1), context("g", WRITES));
    change.accept(cmps(payload).get(component));
    assertThat(rules.violations(payload)).anyMatch(v -> v.contains(expected));
  }
}
