package io.solargw.gateway.cli;

import static io.solargw.gateway.cli.CommandRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.solargw.gateway.cli.CommandRun.Result;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code bench} in-process, small and fast (2 inverters, 2 packs, 115200 baud, one measured cycle):
 * the JSON has its shape and sane figures, and a measured cycle holds every device of the bus once.
 * Timings are not asserted: that is what bench is for.
 */
class BenchCommandTest {

  @Test
  void jsonHasEveryFigurePerBusAndTheFloorIsNotAboveTheMeasurement() throws Exception {
    Result r =
        run(
            "bench",
            "--json",
            "--inverters",
            "2",
            "--packs",
            "2",
            "--baud",
            "115200",
            "--cycles",
            "1");

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("bench: 2 inverter(s) + 2 pack(s): 2 of 2 cycles done");
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("baud").asInt()).isEqualTo(115200);
    JsonNode config = root.get("configurations").get(0);
    assertThat(config.get("inverters").asInt()).isEqualTo(2);
    assertThat(config.get("packs").asInt()).isEqualTo(2);
    List<String> buses = new ArrayList<>();
    for (JsonNode bus : config.get("buses")) {
      buses.add(bus.get("bus").asText());
      assertThat(bus.fieldNames())
          .toIterable()
          .contains("floor_ms", "measured_ms", "ratio", "transactions", "bytes");
      assertThat(bus.get("floor_ms").asDouble()).isPositive();
      assertThat(bus.get("floor_ms").asDouble())
          .isLessThanOrEqualTo(bus.get("measured_ms").asDouble());
      assertThat(bus.get("ratio").asDouble()).isGreaterThanOrEqualTo(1.0);
      // a fault-free simulator: the measured cycle sent exactly the frames the floor counts, for
      // both inverters (devices drifting apart would split the cycle and send fewer)
      assertThat(bus.get("measured_transactions").asLong())
          .isEqualTo(bus.get("transactions").asLong());
      assertThat(bus.get("measured_bytes").asLong()).isEqualTo(bus.get("bytes").asLong());
    }
    assertThat(buses).containsExactly("inverters", "battery");
    // all-packs mode: one analog and one alarm request
    assertThat(config.get("buses").get(1).get("transactions").asInt()).isEqualTo(2);
  }

  @Test
  void unpairedCountsAreRefusedWithTheReason() {
    Result r = run("bench", "--inverters", "1,3", "--packs", "1");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--inverters and --packs must list as many counts");
  }

  @Test
  void tenInvertersAreRefused() {
    Result r = run("bench", "--inverters", "10", "--packs", "1");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--inverters: 10 is out of range 1..9");
  }
}
