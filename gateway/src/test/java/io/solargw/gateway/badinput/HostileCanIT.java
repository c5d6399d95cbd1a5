package io.solargw.gateway.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.solargw.gateway.badinput.HostileDevice.Mode;
import io.solargw.gateway.can.CanListener;
import io.solargw.gateway.can.CanListenerSettings;
import io.solargw.gateway.can.RackFixture;
import io.solargw.gateway.poll.Availability;
import io.solargw.gateway.poll.DeviceReport;
import io.solargw.gateway.transport.CanSource;
import io.solargw.gateway.transport.CandumpReplaySettings;
import io.solargw.gateway.transport.CandumpReplaySource;
import io.solargw.gateway.transport.SerialLink;
import io.solargw.gateway.transport.SerialSettings;
import io.solargw.gateway.transport.SlcanSource;
import io.solargw.gateway.transport.TcpLink;
import io.solargw.protocol.bms.pylon.CanFrame;
import io.solargw.sim.can.CandumpLog;
import io.solargw.sim.can.SlcanServer;
import io.solargw.sim.wire.PtyBridge;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bad-input sweep of the CAN inputs: an SLCAN adapter behind a {@link HostileDevice} (over TCP
 * and over a serial pty) whose lines are cut, padded, merged, flooded and replaced by an endless
 * line, and a candump log full of damaged, binary and overlong lines. The listener thread lives,
 * the bad lines are counted, nothing is logged with a stack trace, no SLCAN line whose DLC does not
 * fit its data becomes a value, and the rack is reported with the right values afterwards.
 */
class HostileCanIT {

  private static final CanListenerSettings SETTINGS =
      new CanListenerSettings(
          "battery-can", Duration.ZERO, Duration.ofMillis(500), Duration.ofMillis(1000));

  @TempDir Path dir;

  private final List<CanFrame> frames = RackFixture.frames();
  private final List<DeviceReport> reports = new CopyOnWriteArrayList<>();

  @ParameterizedTest(name = "slcan over {0}")
  @ValueSource(strings = {"tcp", "serial"})
  void damagedSlcanLinesAreCountedAndNeverBecomeValues(String transport) throws Exception {
    long seed = Seeds.seed();
    String why = "seed " + seed + " (-Dbadinput.seed=" + seed + "), slcan over " + transport;
    Map<String, Object> expected = RackFixture.decodedFields(frames);
    SlcanServer adapter = new SlcanServer(() -> frames, Duration.ofMillis(50));
    InetSocketAddress address = adapter.start(new InetSocketAddress("127.0.0.1", 0));
    try (adapter;
        HostileDevice device = new HostileDevice(address, seed, ByteMutator.Kind.LINES);
        PtyBridge pty = new PtyBridge(dir.resolve("ttyCAN"), device.address());
        LogCapture log = new LogCapture()) {
      SlcanSource source;
      if (transport.equals("tcp")) {
        source = new SlcanSource(new TcpLink("127.0.0.1", device.address().getPort()));
      } else {
        pty.start(Duration.ofSeconds(5));
        source =
            new SlcanSource(new SerialLink(pty.path().toString(), SerialSettings.of8n1(115200)));
      }
      CanListener listener =
          new CanListener("can", source, SETTINGS, reports::add, Clock.systemUTC());
      Thread thread = new Thread(listener, "can-hostile");
      thread.start();
      try {
        awaitOnlineWith(expected, 0, why);
        int from = reports.size();
        for (Mode mode : List.of(Mode.MUTATE, Mode.FLOOD, Mode.ENDLESS)) {
          device.mode(mode);
          Thread.sleep(mode == Mode.MUTATE ? 3000 : 1000);
        }
        int cleanFrom = reports.size();
        device.mode(Mode.CLEAN);
        awaitOnlineWith(expected, cleanFrom, why);
        assertThat(thread.isAlive()).as(why).isTrue();
        var counters = listener.counters().snapshot();
        assertThat(counters.badLinesByReason()).as(why + ": " + device.damage()).isNotEmpty();
        for (DeviceReport r : reports.subList(from, reports.size())) {
          expected.forEach(
              (k, v) -> {
                if (r.values().containsKey(k)) {
                  assertThat(r.values().get(k))
                      .as("%s: %s (%s) from a damaged line", why, k, r.availability())
                      .isEqualTo(v);
                }
              });
        }
        System.out.printf(
            "bad-input sweep (%s): damage %s; bad lines %s, decode errors %s%n",
            why, device.damage(), counters.badLinesByReason(), counters.decodeErrorsByReason());
      } finally {
        listener.stop();
        thread.interrupt();
        thread.join(5000);
      }
      log.assertNoStackTrace(why);
    }
  }

  @Test
  void aDamagedCandumpLogIsReplayedLineByLineAndTheCleanTailIsDecoded() throws Exception {
    long seed = Seeds.seed();
    String why = "seed " + seed + " (-Dbadinput.seed=" + seed + "), candump replay";
    Random random = new Random(seed);
    ByteMutator mutator = new ByteMutator(random);
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    long t = 1_750_500_000_000_000L;
    for (int set = 0; set < 150; set++, t += 100_000) {
      for (String line : candump(t)) {
        byte[] bytes = line.getBytes(StandardCharsets.ISO_8859_1);
        file.writeBytes(
            random.nextInt(3) == 0
                ? mutator.mutate(bytes, ByteMutator.Kind.FRAMED.get(random.nextInt(9)))
                : bytes);
        file.write('\n');
      }
      if (set % 50 == 0) {
        file.writeBytes(mutator.garbage(2000)); // a binary block
        file.writeBytes("A".repeat(100_000).getBytes(StandardCharsets.ISO_8859_1)); // overlong
        file.write('\n');
      }
    }
    for (int set = 0; set < 5; set++, t += 100_000) {
      candump(t).forEach(l -> file.writeBytes((l + "\n").getBytes(StandardCharsets.ISO_8859_1)));
    }
    Path log = dir.resolve("damaged.log");
    Files.write(log, file.toByteArray());
    CandumpReplaySource source =
        new CandumpReplaySource(log, CandumpReplaySettings.asFastAsPossible());
    try (LogCapture captured = new LogCapture()) {
      CanListener listener = listen(source);
      try {
        await(why).atMost(Duration.ofSeconds(20)).until(source::finished);
        DeviceReport last =
            reports.stream()
                .filter(r -> r.availability() == Availability.ONLINE)
                .reduce((a, b) -> b)
                .orElseThrow();
        assertThat(last.values()).as(why).containsAllEntriesOf(RackFixture.decodedFields(frames));
        var counters = listener.counters().snapshot();
        assertThat(counters.badLinesByReason())
            .as(why)
            .containsKey("TOO_LONG")
            .hasSizeGreaterThan(2);
        System.out.printf(
            "bad-input sweep (%s): bad lines %s, decode errors %s%n",
            why, counters.badLinesByReason(), counters.decodeErrorsByReason());
      } finally {
        listener.stop();
      }
      captured.assertNoStackTrace(why);
    }
  }

  private CanListener listen(CanSource source) {
    CanListener listener =
        new CanListener("can", source, SETTINGS, reports::add, Clock.systemUTC());
    Thread thread = new Thread(listener, "can-replay");
    thread.setDaemon(true);
    thread.start();
    return listener;
  }

  private List<String> candump(long micros) throws java.io.IOException {
    StringWriter text = new StringWriter();
    new CandumpLog(text, "can0").write(frames, micros);
    return text.toString().lines().toList();
  }

  private void awaitOnlineWith(Map<String, Object> expected, int from, String why) {
    await(why + ": the rack reported with the adapter's values")
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                reports.subList(from, reports.size()).stream()
                    .anyMatch(
                        r ->
                            r.availability() == Availability.ONLINE
                                && r.values().entrySet().containsAll(expected.entrySet())));
  }
}
