package io.solargw.sim.bms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.solargw.protocol.bms.BmsProtocolException;
import io.solargw.protocol.bms.BmsProtocolException.Reason;
import io.solargw.protocol.bms.pace.FrameCodec;
import io.solargw.protocol.bms.pace.PaceRequests;
import io.solargw.protocol.bms.pace.ParseResult;
import io.solargw.protocol.bms.pace.Request;
import io.solargw.protocol.bms.pace.ResponseContext;
import io.solargw.protocol.bms.pace.ResponseDecoder;
import io.solargw.protocol.bms.pace.StreamParser;
import io.solargw.sim.clients.PaceClient;
import io.solargw.sim.fault.FaultInjector;
import io.solargw.sim.fault.FaultKind;
import io.solargw.sim.site.SiteConfig;
import io.solargw.sim.site.SiteModel;
import io.solargw.sim.wire.SimulatedBusServer;
import io.solargw.sim.wire.WireTiming;
import java.net.InetSocketAddress;
import java.time.LocalDateTime;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The rack on a real TCP bus server: each injected fault as protocol-bms's codec reports it. */
class RackBusTest {

  private static final Request ANALOG = PaceRequests.analog(2, 2);

  private static byte[] answer(FaultKind kind) throws Exception {
    SiteModel site = new SiteModel(SiteConfig.demo(), LocalDateTime.of(2026, 6, 21, 12, 0), 60);
    FaultInjector faults = new FaultInjector(1, EnumSet.of(kind), 5);
    BatteryRack rack = new BatteryRack(site.state(), PackThresholds.defaults(), faults::isAway);
    try (SimulatedBusServer server =
            new SimulatedBusServer("r", new PaceRackProtocol(rack), WireTiming.INSTANT, faults);
        PaceClient client = new PaceClient(server.start(new InetSocketAddress("127.0.0.1", 0)))) {
      return client.raw(ANALOG);
    }
  }

  private static Reason reason(byte[] wire) {
    try {
      ResponseDecoder.decode(
          FrameCodec.decode(wire), ResponseContext.of(ANALOG).requiringAddress(2));
    } catch (BmsProtocolException e) {
      return e.reason();
    }
    throw new AssertionError("decoded as a value");
  }

  @Test
  void aBadChecksumIsAChecksumError() throws Exception {
    assertThat(reason(answer(FaultKind.BAD_CHECKSUM))).isEqualTo(Reason.CHECKSUM);
  }

  @Test
  void aCorruptByteIsNeverAValue() throws Exception {
    assertThat(reason(answer(FaultKind.CORRUPT_BYTE))).isNotNull();
  }

  @Test
  void aTruncatedAnswerIsTruncated() throws Exception {
    assertThat(reason(answer(FaultKind.TRUNCATED))).isEqualTo(Reason.TRUNCATED);
  }

  @Test
  void anAnswerFromAnotherAddressIsAnAddressError() throws Exception {
    assertThat(reason(answer(FaultKind.WRONG_ADDRESS))).isEqualTo(Reason.ADDRESS);
  }

  @Test
  void noAnswerAndALateAnswerAreTimeouts() throws Exception {
    assertThat(answer(FaultKind.NO_ANSWER)).isEmpty();
    assertThat(answer(FaultKind.LATE_ANSWER)).isEmpty();
  }

  @Test
  void noiseBeforeTheAnswerIsSkippedByTheStreamParser() throws Exception {
    byte[] wire = answer(FaultKind.GARBAGE_BEFORE);
    assertThatThrownBy(() -> FrameCodec.decode(wire)).isInstanceOf(BmsProtocolException.class);
    StreamParser parser = new StreamParser();
    parser.feed(wire);
    assertThat(parser.next()).isInstanceOf(ParseResult.Skipped.class);
    assertThat(parser.next()).isInstanceOf(ParseResult.FrameReceived.class);
  }
}
