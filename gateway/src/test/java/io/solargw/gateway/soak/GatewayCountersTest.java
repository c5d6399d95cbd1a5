package io.solargw.gateway.soak;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class GatewayCountersTest {

  private final ObjectMapper json = new ObjectMapper();
  private final GatewayCounters counters = new GatewayCounters();

  @Test
  void countersAreSummedOverTheGatewaysLives() throws Exception {
    add("{\"uptime_s\":5,\"inverters_errors\":2,\"uncaught_exceptions\":0,\"version\":\"x\"}");
    add("{\"uptime_s\":9,\"inverters_errors\":7,\"uncaught_exceptions\":0}");
    add("{\"uptime_s\":1,\"inverters_errors\":1,\"uncaught_exceptions\":0}"); // killed, restarted
    add("{\"uptime_s\":4,\"inverters_errors\":3,\"uncaught_exceptions\":1}");
    assertThat(counters.lives()).isEqualTo(2);
    assertThat(counters.totals()).containsEntry("inverters_errors", 10L);
    assertThat(counters.totals()).containsEntry("uncaught_exceptions", 1L);
    assertThat(counters.totals()).doesNotContainKey("version");
    assertThat(counters.reportsThreadDeaths()).isTrue();
  }

  @Test
  void aGatewayWithoutTheCounterIsNoticed() throws Exception {
    add("{\"uptime_s\":5,\"inverters_errors\":2}");
    assertThat(counters.reportsThreadDeaths()).isFalse();
  }

  private void add(String state) throws Exception {
    counters.add(json.readTree(state));
  }
}
