package io.solargw.gateway.can;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.solargw.gateway.bus.Backoff;
import io.solargw.gateway.poll.Availability;
import io.solargw.gateway.poll.DeviceReport;
import io.solargw.gateway.transport.SerialLink;
import io.solargw.gateway.transport.SerialSettings;
import io.solargw.gateway.transport.SlcanSource;
import io.solargw.gateway.transport.TcpLink;
import io.solargw.protocol.bms.pylon.CanFrame;
import io.solargw.sim.can.SlcanServer;
import io.solargw.sim.wire.PtyBridge;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole CAN path against the simulator's SLCAN adapter: over a real TCP socket, and over a
 * socat pty (a USB-CAN adapter as the gateway sees it). The adapter acknowledges the set-up
 * commands (or the source would not open), the report carries the values of the frame set the
 * simulator sends, and an adapter that disappears and comes back is reconnected.
 */
class CanListenerSlcanIT {

  private static final Duration AWAIT = Duration.ofSeconds(15);
  private static final CanListenerSettings SETTINGS =
      new CanListenerSettings(
          "battery-can", Duration.ZERO, Duration.ofMillis(500), Duration.ofMillis(1000));

  @TempDir Path dir;

  private final List<CanFrame> frames = RackFixture.frames();
  private final List<DeviceReport> reports = new CopyOnWriteArrayList<>();
  private SlcanServer server;
  private InetSocketAddress address;
  private CanListener listener;
  private Thread thread;

  @BeforeEach
  void startAdapter() throws Exception {
    server = new SlcanServer(() -> frames, Duration.ofMillis(100));
    address = server.start(new InetSocketAddress("127.0.0.1", 0));
  }

  @AfterEach
  void stopAll() throws InterruptedException {
    if (listener != null) {
      listener.stop();
      thread.join(5000);
    }
    server.close();
  }

  private void listen(SlcanSource source) {
    Backoff quick = new Backoff(Duration.ofMillis(50), Duration.ofMillis(200));
    listener = new CanListener("can", source, SETTINGS, reports::add, Clock.systemUTC(), quick);
    thread = new Thread(listener);
    thread.start();
  }

  /** Waits for a report with {@code availability} after the first {@code after} reports. */
  private DeviceReport awaitReport(Availability availability, int after) {
    await()
        .atMost(AWAIT)
        .until(
            () ->
                reports.subList(after, reports.size()).stream()
                    .anyMatch(r -> r.availability() == availability));
    return reports.subList(after, reports.size()).stream()
        .filter(r -> r.availability() == availability)
        .findFirst()
        .orElseThrow();
  }

  private void assertCarriesTheSimulatorsValues(DeviceReport report) throws Exception {
    Map<String, Object> expected = RackFixture.decodedFields(frames);
    assertThat(report.values()).containsAllEntriesOf(expected);
    assertThat(report.values()).containsEntry("unknown_ids", List.of());
  }

  @Test
  void overTcpTheRackIsReportedAndAVanishedAdapterIsReconnected() throws Exception {
    listen(new SlcanSource(new TcpLink("127.0.0.1", address.getPort())));
    assertCarriesTheSimulatorsValues(awaitReport(Availability.ONLINE, 0));
    assertThat(listener.linkUp()).isTrue();

    server.close(); // the adapter goes away: the connection drops, reconnecting is refused
    int before = reports.size();
    awaitReport(Availability.STALE, before);
    assertThat(listener.counters().snapshot().linkFailures()).isPositive();

    server = new SlcanServer(() -> frames, Duration.ofMillis(100));
    server.start(new InetSocketAddress("127.0.0.1", address.getPort()));
    int stale = reports.size();
    assertCarriesTheSimulatorsValues(awaitReport(Availability.ONLINE, stale));
    assertThat(listener.counters().snapshot().badLinesByReason()).isEmpty();
  }

  @Test
  void overAPtyTheRackIsReportedAndAnUnpluggedAdapterIsReconnected() throws Exception {
    Path tty = dir.resolve("ttyCAN0");
    PtyBridge bridge = new PtyBridge(tty, address);
    try {
      bridge.start(Duration.ofSeconds(5));
      listen(new SlcanSource(new SerialLink(tty.toString(), SerialSettings.of8n1(115200))));
      assertCarriesTheSimulatorsValues(awaitReport(Availability.ONLINE, 0));

      bridge.close(); // unplugged: the pty disappears
      int before = reports.size();
      awaitReport(Availability.STALE, before);

      bridge.start(Duration.ofSeconds(5)); // plugged back in
      int stale = reports.size();
      assertCarriesTheSimulatorsValues(awaitReport(Availability.ONLINE, stale));
    } finally {
      bridge.close();
    }
  }
}
