package io.solargw.gateway.stack;

import static org.assertj.core.api.Assertions.assertThat;

import io.solargw.gateway.bus.BusCounters;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BusCycleStatsTest {

  private static final BusCounters.Snapshot START =
      new BusCounters.Snapshot(
          100, 800, 9000, 3, 10, 1, 2, 5_000_000_000L, Map.of("CRC", 4L, "LENGTH", 1L));
  private static final BusCounters.Snapshot END =
      new BusCounters.Snapshot(
          112,
          896,
          10_500,
          4,
          10,
          1,
          3,
          6_250_000_000L,
          Map.of("CRC", 6L, "LENGTH", 1L, "CHECKSUM", 1L, "LCHKSUM", 2L, "ADDRESS", 1L));

  @Test
  void aCycleIsTheDifferenceOfTheCounters() {
    BusCycleStats s = BusCycleStats.between("inverter", START, END, Duration.ofMillis(2500));
    assertThat(s.bus()).isEqualTo("inverter");
    assertThat(s.duration()).isEqualTo(Duration.ofMillis(2500));
    assertThat(s.busy()).isEqualTo(Duration.ofMillis(1250));
    assertThat(s.transactions()).isEqualTo(12);
    assertThat(s.bytesOut()).isEqualTo(96);
    assertThat(s.bytesIn()).isEqualTo(1500);
    assertThat(s.timeouts()).isEqualTo(1);
    assertThat(s.retries()).isEqualTo(1);
  }

  @Test
  void checksumErrorsAreCrcChecksumAndLengthChecksumOnly() {
    BusCycleStats s = BusCycleStats.between("bus", START, END, Duration.ZERO);
    assertThat(s.checksumErrors()).isEqualTo(2 + 1 + 2);
    assertThat(s.errorsByReason())
        .containsExactly(
            Map.entry("ADDRESS", 1L),
            Map.entry("CHECKSUM", 1L),
            Map.entry("CRC", 2L),
            Map.entry("LCHKSUM", 2L));
  }

  @Test
  void countersThatStartedOverCountFromZero() {
    BusCycleStats s = BusCycleStats.between("bus", END, START, Duration.ZERO);
    assertThat(s.transactions()).isEqualTo(100);
    assertThat(s.errorsByReason()).containsEntry("CRC", 4L);
  }

  @Test
  void theJsonGivesSecondsAndEveryCount() {
    Map<String, Object> json =
        BusCycleStats.between("bus", START, END, Duration.ofMillis(2500)).toJson();
    assertThat(json.keySet())
        .containsExactly(
            "bus",
            "duration_s",
            "busy_s",
            "transactions",
            "bytes_out",
            "bytes_in",
            "timeouts",
            "checksum_errors",
            "retries",
            "errors_by_reason");
    assertThat(json.get("duration_s")).hasToString("2.500");
  }

  @Test
  void theTrackerKeepsTheLastCompletedCyclePerBus() {
    BusCycleTracker t = new BusCycleTracker();
    assertThat(t.cycleEnded("bus", END, 10)).isEmpty();
    t.cycleStarted("bus", START, 1_000_000_000L);
    assertThat(t.last("bus")).isEmpty();
    assertThat(t.cycleEnded("bus", END, 3_000_000_000L))
        .get()
        .extracting(BusCycleStats::duration)
        .isEqualTo(Duration.ofSeconds(2));
    assertThat(t.last("bus")).get().extracting(BusCycleStats::transactions).isEqualTo(12L);
    assertThat(t.last("other")).isEmpty();
    assertThat(t.cycleEnded("bus", END, 4_000_000_000L)).isEmpty();
  }
}
