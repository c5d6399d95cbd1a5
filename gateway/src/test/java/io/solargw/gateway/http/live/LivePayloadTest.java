package io.solargw.gateway.http.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.solargw.gateway.http.internal.JsonText;
import io.solargw.gateway.poll.Availability;
import io.solargw.gateway.poll.DeviceReport;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the live page is sent: only the values it draws, in one line of JSON. */
class LivePayloadTest {

  static final ObjectMapper JSON = new ObjectMapper();

  final LiveFixture site = new LiveFixture();

  private JsonNode payload(Map<String, Object> verdicts) throws Exception {
    LivePayload p = new LivePayload(site.sources(), r -> Optional.ofNullable(verdicts));
    String line = JsonText.compact(p.tree());
    assertThat(line).doesNotContain("\n", "\r");
    return JSON.readTree(line);
  }

  @Test
  void invertersCarryTheirPowerFlowsStateAndActiveCodesWithText() throws Exception {
    site.put(LiveFixture.inverter(1, 1200, null))
        .put(
            LiveFixture.inverter(
                2,
                800,
                LiveFixture.code(
                    7, "fault", "Battery over-voltage", "Check the battery voltage.")));
    JsonNode p = payload(null);
    assertThat(p.get("inverters")).hasSize(2);
    JsonNode two = p.get("inverters").get(1);
    assertThat(two.get("id").asText()).isEqualTo("inverter-2");
    assertThat(two.get("availability").asText()).isEqualTo("online");
    assertThat(two.at("/values/pv_power_W").asInt()).isEqualTo(800);
    assertThat(two.at("/values/battery_power_W").decimalValue()).isEqualByComparingTo("-450.5");
    assertThat(two.at("/values/grid_active_power_W").asInt()).isZero();
    assertThat(two.at("/values/load_active_power_W").asInt()).isEqualTo(900);
    assertThat(two.at("/values/machine_state_text").asText()).isEqualTo("inverter");
    assertThat(two.at("/values/output_voltage_V").isNull()).isTrue(); // not reported: null
    assertThat(two.at("/values").has("fault_bits")).isFalse();
    assertThat(two.get("parallel_mode").asText()).isEqualTo("PAL");
    assertThat(JSON.writeValueAsString(two.get("codes")))
        .isEqualTo(
            "[{\"kind\":\"fault\",\"number\":7,\"text\":\"Battery over-voltage\","
                + "\"troubleshooting\":\"Check the battery voltage.\"}]");
    assertThat(p.get("inverters").get(0).get("codes")).isEmpty();
  }

  @Test
  void packsCarryCellsTemperaturesAndFlagsInAddressOrder() throws Exception {
    Map<String, Object> ovp = Map.of("label", "OVP", "description", "cell over-voltage protection");
    site.put(LiveFixture.pack(10, 3650, List.of(ovp))).put(LiveFixture.pack(2, 3290, List.of()));
    JsonNode p = payload(null);
    assertThat(p.get("packs").findValuesAsText("id")).containsExactly("pack-2", "pack-10");
    JsonNode ten = p.get("packs").get(1);
    assertThat(ten.at("/values/cells_mV")).hasSize(16);
    assertThat(ten.at("/values/cells_mV/0").asInt()).isEqualTo(3650);
    assertThat(ten.at("/values/temperatures_C/1").decimalValue()).isEqualByComparingTo("31.0");
    assertThat(ten.at("/values/soc_pct").decimalValue()).isEqualByComparingTo("80.5");
    assertThat(ten.at("/values").has("extension_hex")).isFalse();
    assertThat(ten.at("/flags/protections/0/label").asText()).isEqualTo("OVP");
    assertThat(ten.at("/flags/protections/0/description").asText())
        .isEqualTo("cell over-voltage protection");
    assertThat(ten.at("/flags/status/0").asText()).isEqualTo("charging");
    assertThat(ten.at("/flags/balancing_cells/0").asInt()).isEqualTo(1);
    assertThat(p.get("packs").get(0).at("/flags/protections")).isEmpty();
  }

  @Test
  void aggregatesAreCopiedAsPublishedAndNullBeforeTheirFirstReport() throws Exception {
    JsonNode empty = payload(null);
    assertThat(empty.get("stack").isNull()).isTrue();
    assertThat(empty.get("rack").isNull()).isTrue();
    assertThat(empty.get("commissioning").isNull()).isTrue();
    site.put(
        new DeviceReport(
            "battery-rack",
            Availability.ONLINE,
            LiveFixture.NOW,
            Map.of("soc_pct", 77, "cell_max_at", Map.of("pack", 3, "cell", 9)),
            Optional.of("1 of 4 devices excluded: pack-4 stale")));
    JsonNode p = payload(Map.of("verdict", "warn", "checks", List.of()));
    assertThat(p.at("/rack/values/soc_pct").asInt()).isEqualTo(77);
    assertThat(p.at("/rack/values/cell_max_at/cell").asInt()).isEqualTo(9);
    assertThat(p.at("/rack/problem").asText()).contains("pack-4 stale");
    assertThat(p.at("/commissioning/verdict").asText()).isEqualTo("warn");
  }

  @Test
  void busesCarryCycleTimeTransactionsTimeoutsChecksumErrorsAndLastSuccess() throws Exception {
    site.buses = List.of(site.bus("inverters", Map.of("CRC", 3L, "LENGTH", 1L, "CHECKSUM", 2L)));
    JsonNode b = payload(null).get("buses").get(0);
    assertThat(b.get("bus").asText()).isEqualTo("inverters");
    assertThat(b.get("status").asText()).isEqualTo("ok");
    assertThat(b.get("transactions").asLong()).isEqualTo(120);
    assertThat(b.get("timeouts").asLong()).isEqualTo(2);
    assertThat(b.get("crc_errors").asLong()).isEqualTo(5); // CRC and CHECKSUM, not LENGTH
    assertThat(b.at("/errors_by_reason/LENGTH").asLong()).isEqualTo(1);
    assertThat(b.at("/cycle/duration_s").decimalValue()).isEqualByComparingTo("1.250");
    assertThat(b.at("/cycle/transactions").asLong()).isEqualTo(20);
    assertThat(b.at("/cycle/timeouts").asLong()).isEqualTo(1);
    assertThat(b.get("last_success").asText()).endsWith("Z");
    assertThat(b.get("last_success_age_s").decimalValue())
        .isBetween(new java.math.BigDecimal("1.5"), new java.math.BigDecimal("60"));
  }

  @Test
  void deviceTextStaysTextOnOneLine() throws Exception {
    DeviceReport r = LiveFixture.inverter(1, 1, null);
    site.put(
        new DeviceReport(
            r.deviceId(),
            Availability.STALE,
            r.at(),
            r.values(),
            Optional.of("</script><img src=x onerror=alert(1)>\nline two")));
    JsonNode p = payload(null);
    assertThat(p.at("/inverters/0/problem").asText())
        .isEqualTo("</script><img src=x onerror=alert(1)>\nline two");
    assertThat(p.at("/inverters/0/availability").asText()).isEqualTo("stale");
  }
}
