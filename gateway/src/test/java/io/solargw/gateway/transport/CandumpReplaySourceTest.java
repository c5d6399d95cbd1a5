package io.solargw.gateway.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.solargw.gateway.can.RackFixture;
import io.solargw.protocol.bms.pylon.CanFrame;
import io.solargw.sim.can.CandumpLog;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CandumpReplaySourceTest {

  private static final Duration WAIT = Duration.ofSeconds(5);
  private static final long T0 = 1_750_500_000_000_000L; // µs

  @TempDir Path dir;

  /** A log of {@code sets} frame sets, {@code stepMicros} apart, with {@code extra} appended. */
  private Path log(int sets, long stepMicros, String extra) throws IOException {
    StringWriter text = new StringWriter();
    CandumpLog log = new CandumpLog(text, "can0");
    for (int i = 0; i < sets; i++) {
      log.write(RackFixture.frames(), T0 + i * stepMicros);
    }
    Path file = dir.resolve("rack.log");
    Files.writeString(file, text + extra, StandardCharsets.ISO_8859_1);
    return file;
  }

  private static List<CanSourceEvent> drain(CanSource source, int count) throws Exception {
    List<CanSourceEvent> out = new ArrayList<>();
    while (out.size() < count) {
      out.add(source.poll(WAIT));
    }
    return out;
  }

  @Test
  void replaysEveryFrameInOrderAndReportsBadLinesWithTheirLineNumbers() throws Exception {
    List<CanFrame> set = RackFixture.frames();
    String bad = "\nnot a frame\n(1750500000.900000) can0 351#14G2\ncan0 35E#50594C4F4E\n";
    Path file = log(2, 1_000_000, bad);
    try (CandumpReplaySource source =
        new CandumpReplaySource(file, CandumpReplaySettings.asFastAsPossible())) {
      source.open();
      List<CanSourceEvent> events = drain(source, 2 * set.size() + 3);
      List<CanSourceEvent> frames = new ArrayList<>();
      set.forEach(f -> frames.add(new CanSourceEvent.Frame(f)));
      set.forEach(f -> frames.add(new CanSourceEvent.Frame(f)));
      assertThat(events.subList(0, 2 * set.size())).containsExactlyElementsOf(frames);
      int first = 2 * set.size() + 2; // a blank line is skipped silently
      assertThat(events.get(2 * set.size()))
          .isInstanceOfSatisfying(
              CanSourceEvent.BadLine.class,
              b -> assertThat(b.message()).startsWith("rack.log line " + first + ": "));
      assertThat(events.get(2 * set.size() + 1))
          .isInstanceOfSatisfying(
              CanSourceEvent.BadLine.class,
              b -> {
                assertThat(b.reason()).isEqualTo("NON_HEX");
                assertThat(b.message()).startsWith("rack.log line " + (first + 1) + ": ");
              });
      assertThat(events.get(2 * set.size() + 2))
          .as("a compact line without timestamp is read too")
          .isEqualTo(
              new CanSourceEvent.Frame(
                  CanFrame.standard(0x35E, "PYLON".getBytes(StandardCharsets.US_ASCII))));
      assertThat(source.finished()).isFalse();
      assertThat(source.poll(Duration.ofMillis(1))).isEqualTo(new CanSourceEvent.Silence());
      assertThat(source.finished()).isTrue();
      assertThat(source.isOpen()).as("a finished replay is a quiet bus, not a broken one").isTrue();
    }
  }

  @Test
  void aPacedReplayTakesAtLeastTheLogsTimeDividedByTheSpeed() throws Exception {
    int perSet = RackFixture.frames().size();
    Path file = log(3, 300_000, ""); // sets at 0, 0.3 and 0.6 s
    try (CandumpReplaySource source =
        new CandumpReplaySource(file, new CandumpReplaySettings(2.0, false))) {
      source.open();
      assertThat(source.poll(WAIT)).isInstanceOf(CanSourceEvent.Frame.class);
      long start = System.nanoTime();
      List<CanSourceEvent> rest = new ArrayList<>();
      while (rest.size() < 3 * perSet - 1) {
        CanSourceEvent e = source.poll(WAIT);
        if (e instanceof CanSourceEvent.Frame) {
          rest.add(e);
        }
      }
      long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
      assertThat(elapsedMillis).as("0.6 s of log at 2x").isGreaterThanOrEqualTo(300);
    }
  }

  @Test
  void aPacedReplayReturnsSilenceWhileTheNextFrameIsNotDue() throws Exception {
    Path file = log(2, 60_000_000, ""); // the second set a minute later
    try (CandumpReplaySource source =
        new CandumpReplaySource(file, new CandumpReplaySettings(1.0, false))) {
      source.open();
      drain(source, RackFixture.frames().size());
      assertThat(source.poll(Duration.ofMillis(20))).isEqualTo(new CanSourceEvent.Silence());
    }
  }

  @Test
  void aLoopingReplayStartsAgainAtTheTop() throws Exception {
    List<CanFrame> set = RackFixture.frames();
    Path file = log(1, 0, "");
    try (CandumpReplaySource source =
        new CandumpReplaySource(file, new CandumpReplaySettings(0, true))) {
      source.open();
      List<CanSourceEvent> events = drain(source, 3 * set.size());
      assertThat(events.subList(2 * set.size(), 3 * set.size()))
          .containsExactlyElementsOf(events.subList(0, set.size()));
      assertThat(source.finished()).isFalse();
    }
  }

  @Test
  void aLoopedFileWithoutASingleFrameEndsInsteadOfSpinning() throws Exception {
    Path file = dir.resolve("junk.log");
    Files.writeString(file, "junk\n");
    try (CandumpReplaySource source =
        new CandumpReplaySource(file, CandumpReplaySettings.realTimeLooping())) {
      source.open();
      assertThat(source.poll(WAIT)).isInstanceOf(CanSourceEvent.BadLine.class);
      assertThat(source.poll(Duration.ofMillis(1))).isEqualTo(new CanSourceEvent.Silence());
      assertThat(source.finished()).isTrue();
    }
  }

  /** Bad-input sweep regression: a binary file used to be read as one endless line. */
  @Test
  void anEndlessLineIsCutAndSkippedAndTheNextLinesStillReplay() throws Exception {
    Path file = dir.resolve("image.log");
    byte[] endless = new byte[8 << 20];
    java.util.Arrays.fill(endless, (byte) 'A');
    byte[] tail =
        "\r\n(1750500000.000000) can0 35E#50594C4F4E\r".getBytes(StandardCharsets.ISO_8859_1);
    Files.write(file, endless);
    Files.write(file, tail, java.nio.file.StandardOpenOption.APPEND);
    try (CandumpReplaySource source =
        new CandumpReplaySource(file, CandumpReplaySettings.asFastAsPossible())) {
      source.open();
      CanSourceEvent first = source.poll(WAIT);
      assertThat(first).isInstanceOf(CanSourceEvent.BadLine.class);
      assertThat(((CanSourceEvent.BadLine) first).reason()).isEqualTo("TOO_LONG");
      assertThat(first.toString()).contains("image.log line 1: longer than 1024 characters");
      assertThat(source.poll(WAIT)).isInstanceOf(CanSourceEvent.Frame.class);
    }
  }

  @Test
  void aMissingLogIsAOneLineError() {
    Path missing = dir.resolve("nope.log");
    CandumpReplaySource source =
        new CandumpReplaySource(missing, CandumpReplaySettings.asFastAsPossible());
    assertThatThrownBy(source::open)
        .isInstanceOf(IOException.class)
        .hasMessage("candump log " + missing + " does not exist");
    assertThatThrownBy(() -> source.poll(WAIT)).hasMessageContaining("is not open");
  }

  @Test
  void settingsRejectASpeedOutsideTheRange() {
    assertThatThrownBy(() -> new CandumpReplaySettings(-1, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("speed must be in 0..1000, got -1.0");
    assertThatThrownBy(() -> new CandumpReplaySettings(Double.NaN, false))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
