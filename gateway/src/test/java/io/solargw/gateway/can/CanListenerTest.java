package io.solargw.gateway.can;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.solargw.gateway.bus.Backoff;
import io.solargw.gateway.poll.Availability;
import io.solargw.gateway.poll.DeviceReport;
import io.solargw.gateway.transport.CanSourceEvent;
import io.solargw.protocol.bms.pylon.CanFrame;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CanListenerTest {

  private static final Duration AWAIT = Duration.ofSeconds(10);

  private final FakeCanSource source = new FakeCanSource();
  private final List<DeviceReport> reports = new CopyOnWriteArrayList<>();
  private CanListener listener;
  private Thread thread;

  private void start(CanListenerSettings settings) {
    Backoff quick = new Backoff(Duration.ofMillis(20), Duration.ofMillis(50));
    listener =
        new CanListener("can-test", source, settings, reports::add, Clock.systemUTC(), quick);
    thread = new Thread(listener);
    thread.start();
  }

  private static CanListenerSettings settings(Duration period) {
    return new CanListenerSettings(
        "battery-can", period, Duration.ofMillis(300), Duration.ofMillis(600));
  }

  @AfterEach
  void stop() throws InterruptedException {
    if (listener != null) {
      listener.stop();
      thread.join(5000);
    }
  }

  private DeviceReport awaitReport(Availability availability) {
    await()
        .atMost(AWAIT)
        .until(() -> reports.stream().anyMatch(r -> r.availability() == availability));
    return reports.stream().filter(r -> r.availability() == availability).findFirst().orElseThrow();
  }

  @Test
  void aFullFrameSetIsReportedOnlineWithEveryDecodedValue() throws Exception {
    List<CanFrame> set = RackFixture.frames();
    source.frames(set).frames(set);
    start(settings(Duration.ZERO));
    DeviceReport report = awaitReport(Availability.ONLINE);
    assertThat(report.deviceId()).isEqualTo("battery-can");
    assertThat(report.values()).containsAllEntriesOf(RackFixture.decodedFields(set));
    assertThat(report.values())
        .containsKeys("frames_per_s")
        .containsEntry("unknown_ids", List.of());
    assertThat((BigDecimal) report.values().get("frames_per_s")).isPositive();
    assertThat(report.problem()).isEmpty();
    assertThat(listener.counters().snapshot().framesById()).containsEntry("0x351", 2L);
  }

  @Test
  void silenceMakesTheRackStaleThenOfflineWithItsLastValues() throws Exception {
    List<CanFrame> set = RackFixture.frames();
    source.frames(set).frames(set);
    start(settings(Duration.ZERO));
    awaitReport(Availability.ONLINE);
    DeviceReport stale = awaitReport(Availability.STALE);
    DeviceReport offline = awaitReport(Availability.OFFLINE);
    assertThat(stale.values()).containsAllEntriesOf(RackFixture.decodedFields(set));
    assertThat(offline.values()).containsAllEntriesOf(RackFixture.decodedFields(set));
    assertThat(stale.problem())
        .hasValueSatisfying(p -> assertThat(p).startsWith("no battery frame for "));
    assertThat(reports.indexOf(stale)).isLessThan(reports.indexOf(offline));
  }

  @Test
  void badLinesDecodeErrorsAndUnknownIdsAreCountedAndListeningGoesOn() throws Exception {
    List<CanFrame> set = RackFixture.frames();
    source
        .event(new CanSourceEvent.BadLine("NON_HEX", "line 3: not hex"))
        .event(new CanSourceEvent.BadLine("NON_HEX", "line 4: not hex"))
        .event(new CanSourceEvent.BadLine("ADAPTER_ERROR", "BEL"))
        .frames(List.of(CanFrame.standard(0x351, new byte[6]))) // too short: LENGTH
        .frames(List.of(CanFrame.standard(0x307, new byte[] {1, 2})))
        .frames(List.of(CanFrame.extended(0x18FF50E5, new byte[] {1})))
        .frames(set)
        .frames(set);
    start(settings(Duration.ZERO));
    DeviceReport report = awaitReport(Availability.ONLINE);
    assertThat(report.values())
        .containsEntry("unknown_ids", List.of("0x18FF50E5", "0x307"))
        .containsAllEntriesOf(RackFixture.decodedFields(set));
    CanCounters.Snapshot counts = listener.counters().snapshot();
    assertThat(counts.badLinesByReason())
        .containsEntry("NON_HEX", 2L)
        .containsEntry("ADAPTER_ERROR", 1L);
    assertThat(counts.decodeErrorsByReason()).containsEntry("LENGTH", 1L);
    assertThat(counts.frames()).isEqualTo(3 + 2L * set.size());
    assertThat(report.problem()).as("the latest problem rides on the next report").isPresent();
  }

  @Test
  void aBrokenSourceIsReopenedWithBackoffAndReportingGoesOn() throws Exception {
    List<CanFrame> set = RackFixture.frames();
    source.frames(set).frames(set).breakWith("adapter unplugged");
    source.failOpens.set(0);
    start(settings(Duration.ZERO));
    awaitReport(Availability.ONLINE);
    await().atMost(AWAIT).until(() -> source.opens.get() >= 2);
    int before = reports.size();
    source.frames(set).frames(set);
    await()
        .atMost(AWAIT)
        .until(
            () ->
                reports.size() > before
                    && reports.get(reports.size() - 1).availability() == Availability.ONLINE);
    assertThat(listener.counters().snapshot().linkFailures()).isEqualTo(1);
    assertThat(listener.linkUp()).isTrue();
  }

  @Test
  void aSourceThatCannotOpenIsRetriedAndTheRackGoesOfflineMeanwhile() {
    source.failOpens.set(1_000_000);
    start(settings(Duration.ZERO));
    DeviceReport offline = awaitReport(Availability.OFFLINE);
    assertThat(offline.values()).containsOnlyKeys("frames_per_s", "unknown_ids");
    assertThat(listener.counters().snapshot().linkFailures()).isGreaterThan(1);
    assertThat(listener.linkUp()).isFalse();
    source.failOpens.set(0);
    source.frames(RackFixture.frames()).frames(RackFixture.frames());
    awaitReport(Availability.ONLINE);
  }

  @Test
  void atMostOneReportPerPeriod() {
    List<CanFrame> set = RackFixture.frames();
    for (int i = 0; i < 5; i++) {
      source.frames(set);
    }
    start(
        new CanListenerSettings(
            "battery-can", Duration.ofHours(1), Duration.ofMinutes(1), Duration.ofMinutes(2)));
    await().atMost(AWAIT).until(() -> source.drained(0, 5 * set.size()));
    assertThat(reports).hasSize(1);
    assertThat(reports.get(0).availability()).isEqualTo(Availability.ONLINE);
  }

  @Test
  void aFailingSinkDoesNotStopTheListener() {
    List<CanFrame> set = RackFixture.frames();
    source.frames(set).frames(set).frames(set);
    listener =
        new CanListener(
            "can-test",
            source,
            settings(Duration.ZERO),
            r -> {
              reports.add(r);
              throw new IllegalStateException("sink bug");
            },
            Clock.systemUTC());
    thread = new Thread(listener);
    thread.start();
    await().atMost(AWAIT).until(() -> reports.size() >= 2);
    assertThat(thread.isAlive()).isTrue();
  }

  @Test
  void settingsFollowTheBusTimeoutAndThePollSchedule() {
    CanListenerSettings s =
        CanListenerSettings.of(
            "battery-can", Duration.ofSeconds(3), io.solargw.gateway.poll.PollSchedule.defaults());
    assertThat(s)
        .isEqualTo(
            new CanListenerSettings(
                "battery-can",
                Duration.ofSeconds(5),
                Duration.ofSeconds(3),
                Duration.ofSeconds(9)));
  }
}
