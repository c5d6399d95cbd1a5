package io.solargw.gateway.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.solargw.protocol.bms.pylon.CanFrame;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlcanSourceTest {

  private static final Duration NOW = Duration.ZERO;
  private static final Duration SHORT = Duration.ofMillis(100);

  @Test
  void openClosesSetsFiveHundredKilobitsAndOpensTheChannel() throws Exception {
    FakeSlcanLink link = new FakeSlcanLink();
    try (SlcanSource source = new SlcanSource(link)) {
      source.open();
      assertThat(link.commands).containsExactly("C", "S6", "O");
      assertThat(source.isOpen()).isTrue();
    }
    assertThat(link.commands).containsExactly("C", "S6", "O", "C");
    assertThat(link.isOpen()).isFalse();
  }

  @Test
  void aBellToCloseIsFineBecauseTheChannelWasAlreadyClosed() throws Exception {
    FakeSlcanLink link = FakeSlcanLink.answering(Map.of("C", "\u0007"));
    try (SlcanSource source = new SlcanSource(link, 250_000)) {
      source.open();
      assertThat(link.commands).containsExactly("C", "S5", "O");
    }
  }

  @Test
  void aRefusedBitRateOrOpenFailsTheOpenNamingTheCommand() {
    FakeSlcanLink refuses = FakeSlcanLink.answering(Map.of("S6", "\u0007"));
    SlcanSource source = new SlcanSource(refuses);
    assertThatThrownBy(source::open)
        .isInstanceOf(IOException.class)
        .hasMessage("slcan fake-slcan refused the command S6 (BEL)");
    assertThat(refuses.isOpen()).as("the link is closed again").isFalse();

    FakeSlcanLink refusesOpen = FakeSlcanLink.answering(Map.of("O", "\u0007"));
    assertThatThrownBy(new SlcanSource(refusesOpen)::open).hasMessageContaining("command O");
  }

  @Test
  void anAdapterThatNeverAnswersIsNotTakenForAnSlcanAdapter() {
    FakeSlcanLink silent = new FakeSlcanLink(cmd -> null);
    assertThatThrownBy(new SlcanSource(silent, 500_000, Duration.ofMillis(50))::open)
        .isInstanceOf(IOException.class)
        .hasMessageContaining("did not answer the command C")
        .hasMessageContaining("right serial rate");
  }

  @Test
  void framesBeforeTheAnswerAreSkippedDuringSetUp() throws Exception {
    FakeSlcanLink link = new FakeSlcanLink(cmd -> cmd.equals("O") ? "t3590\r\r" : "\r");
    try (SlcanSource source = new SlcanSource(link)) {
      source.open();
      assertThat(source.poll(NOW)).isInstanceOf(CanSourceEvent.Silence.class);
    }
  }

  @Test
  void linesBecomeFramesBadLinesOrNothing() throws Exception {
    FakeSlcanLink link = new FakeSlcanLink();
    try (SlcanSource source = new SlcanSource(link)) {
      source.open();
      link.send("t35181402740E740ECC01\rz\r\rt35G0\r").send("\u0007").send("T18FF50E5");
      link.send("102\rr3518\r");
      assertThat(source.poll(SHORT))
          .isEqualTo(
              new CanSourceEvent.Frame(
                  CanFrame.standard(0x351, bytes(0x14, 0x02, 0x74, 0x0E, 0x74, 0x0E, 0xCC, 0x01))));
      CanSourceEvent bad = source.poll(SHORT);
      assertThat(bad).isInstanceOf(CanSourceEvent.BadLine.class);
      assertThat(((CanSourceEvent.BadLine) bad).reason()).isEqualTo("NON_HEX");
      assertThat(source.poll(SHORT))
          .isEqualTo(
              new CanSourceEvent.BadLine("ADAPTER_ERROR", "the adapter answered BEL (error)"));
      assertThat(source.poll(SHORT))
          .isEqualTo(new CanSourceEvent.Frame(CanFrame.extended(0x18FF50E5, bytes(0x02))));
      assertThat(source.poll(SHORT))
          .isEqualTo(new CanSourceEvent.Frame(CanFrame.remote(0x351, false, 8)));
      assertThat(source.poll(SHORT)).isEqualTo(new CanSourceEvent.Silence());
    }
  }

  @Test
  void aLinkThatBreaksThrowsAndTheSourceCanBeOpenedAgain() throws Exception {
    FakeSlcanLink link = new FakeSlcanLink();
    SlcanSource source = new SlcanSource(link);
    source.open();
    link.breakLink();
    assertThatThrownBy(() -> source.poll(NOW)).isInstanceOf(IOException.class);
    assertThat(source.isOpen()).isFalse();
    source.close(); // closing a broken source does not throw
  }

  @Test
  void onlyLawicelBitRatesAreAccepted() {
    assertThatThrownBy(() -> new SlcanSource(new FakeSlcanLink(), 400_000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("bitrate must be one of [10000, 20000, 50000");
  }

  @Test
  void pollingAClosedSourceIsAnIoError() {
    assertThatThrownBy(() -> new SlcanSource(new FakeSlcanLink()).poll(NOW))
        .isInstanceOf(IOException.class)
        .hasMessage("slcan fake-slcan is not open");
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }
}
