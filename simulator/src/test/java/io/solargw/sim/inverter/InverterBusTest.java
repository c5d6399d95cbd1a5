package io.solargw.sim.inverter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.solargw.protocol.inverter.InverterProtocolException;
import io.solargw.protocol.inverter.InverterProtocolException.Reason;
import io.solargw.protocol.inverter.rtu.ExceptionResponse;
import io.solargw.protocol.inverter.rtu.FrameScan;
import io.solargw.protocol.inverter.rtu.ModbusResponse;
import io.solargw.protocol.inverter.rtu.ReadRequest;
import io.solargw.protocol.inverter.rtu.ReadResponse;
import io.solargw.protocol.inverter.rtu.RtuCodec;
import io.solargw.protocol.inverter.rtu.RtuFramer;
import io.solargw.protocol.inverter.rtu.WriteSingleRequest;
import io.solargw.sim.clients.RtuClient;
import io.solargw.sim.fault.FaultInjector;
import io.solargw.sim.fault.FaultKind;
import io.solargw.sim.site.StackMode;
import io.solargw.sim.wire.SimulatedBusServer;
import io.solargw.sim.wire.WireTiming;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The stack on a real TCP bus server, read by an RTU master built on protocol-inverter's codec:
 * every injected fault kind, the firmware's exceptions and the addressing rules as a client sees
 * them.
 */
class InverterBusTest {

  private static final InetSocketAddress ANY = new InetSocketAddress("127.0.0.1", 0);
  private static final ReadRequest SOC_BLOCK = ReadRequest.holding(1, 0x0100, 12);

  private static SimulatedBusServer bus(StackFixture f, FaultInjector faults) {
    return new SimulatedBusServer(
        "t", new InverterRtuProtocol(f.stack, faults::isAway), WireTiming.INSTANT, faults);
  }

  private static InverterProtocolException damaged(FaultKind kind) throws Exception {
    StackFixture f = new StackFixture(1, StackMode.SIG, StackFixture.NOON);
    try (SimulatedBusServer server = bus(f, new FaultInjector(1, EnumSet.of(kind), 3));
        RtuClient client = new RtuClient(server.start(ANY))) {
      byte[] raw = client.raw(SOC_BLOCK);
      assertThat(raw).as(kind + " still sends bytes").isNotEmpty();
      try {
        RtuCodec.decodeResponse(SOC_BLOCK, raw);
      } catch (InverterProtocolException e) {
        return e;
      }
      throw new AssertionError(kind + " decoded as a value: " + Arrays.toString(raw));
    }
  }

  @Test
  void aBadCrcIsACrcError() throws Exception {
    assertThat(damaged(FaultKind.BAD_CHECKSUM).reason()).isEqualTo(Reason.CRC);
  }

  @Test
  void aCorruptByteNeverDecodesAsAValue() throws Exception {
    assertThat(damaged(FaultKind.CORRUPT_BYTE).reason())
        .isIn(Reason.CRC, Reason.ADDRESS, Reason.FUNCTION, Reason.LENGTH, Reason.TRUNCATED);
  }

  @Test
  void aTruncatedAnswerIsTruncated() throws Exception {
    assertThat(damaged(FaultKind.TRUNCATED).reason()).isEqualTo(Reason.TRUNCATED);
  }

  @Test
  void aWrongAddressIsAnAddressError() throws Exception {
    assertThat(damaged(FaultKind.WRONG_ADDRESS).reason()).isEqualTo(Reason.ADDRESS);
  }

  @Test
  void garbageBeforeTheAnswerIsSkippedByTheFramer() throws Exception {
    StackFixture f = new StackFixture(1, StackMode.SIG, StackFixture.NOON);
    FaultInjector faults = new FaultInjector(1, EnumSet.of(FaultKind.GARBAGE_BEFORE), 3);
    try (SimulatedBusServer server = bus(f, faults);
        RtuClient client = new RtuClient(server.start(ANY))) {
      byte[] raw = client.raw(SOC_BLOCK);
      int skipped = 0;
      FrameScan scan;
      while ((scan = RtuFramer.scanResponse(raw, skipped, raw.length - skipped, SOC_BLOCK))
          instanceof FrameScan.Skip s) {
        skipped += s.count();
      }
      assertThat(skipped).isEqualTo(3);
      byte[] frame = ((FrameScan.Complete) scan).frame();
      assertThat(RtuCodec.decodeReadResponse(SOC_BLOCK, frame).registers()).hasSize(12);
    }
  }

  @Test
  void noAnswerAndALateAnswerAreTimeouts() throws Exception {
    for (FaultKind kind : EnumSet.of(FaultKind.NO_ANSWER, FaultKind.LATE_ANSWER)) {
      StackFixture f = new StackFixture(1, StackMode.SIG, StackFixture.NOON);
      try (SimulatedBusServer server = bus(f, new FaultInjector(1, EnumSet.of(kind), 3));
          RtuClient client = new RtuClient(server.start(ANY))) {
        assertThat(client.send(SOC_BLOCK)).as(kind.name()).isEmpty();
      }
    }
  }

  @Test
  void holesForbiddenRangesAndBadWritesGetExceptionAnswers() throws Exception {
    StackFixture f = new StackFixture(2, StackMode.PAL, StackFixture.NOON);
    try (SimulatedBusServer server = bus(f, FaultInjector.none());
        RtuClient client = new RtuClient(server.start(ANY))) {
      assertThat(code(client.send(ReadRequest.holding(2, 0x0300, 4)))).isEqualTo(0x02);
      assertThat(code(client.send(ReadRequest.holding(2, 0xDF00, 14)))).isEqualTo(0x02);
      assertThat(code(client.send(ReadRequest.holding(2, 0x010C, 6)))).isEqualTo(0x02);
      assertThat(code(client.send(new WriteSingleRequest(2, 0xE20A, 2000)))).isEqualTo(0x03);
      assertThat(client.send(ReadRequest.holding(2, 0x010A, 3)).orElseThrow())
          .isInstanceOf(ReadResponse.class);
    }
  }

  @Test
  void anotherAddressOrABadCrcGetsNoAnswer() throws Exception {
    StackFixture f = new StackFixture(2, StackMode.PAL, StackFixture.NOON);
    try (SimulatedBusServer server = bus(f, FaultInjector.none());
        RtuClient client = new RtuClient(server.start(ANY))) {
      assertThat(client.send(ReadRequest.holding(5, 0x0100, 2))).isEmpty();
      byte[] broken = ReadRequest.holding(1, 0x0100, 2).toFrame();
      broken[7] ^= 0x01;
      assertThat(client.raw(broken, ReadRequest.holding(1, 0x0100, 2))).isEmpty();
      assertThat(client.send(ReadRequest.holding(1, 0x0100, 2))).isPresent();
      assertThat(server.statistics().skippedBytes()).isEqualTo(8);
    }
  }

  @Test
  void theUniversalAddressWorksOnlyWithOneUnitOnTheBus() throws Exception {
    ReadRequest any = ReadRequest.holding(0xFF, 0x0014, 2);
    StackFixture one = new StackFixture(1, StackMode.SIG, StackFixture.NOON);
    try (SimulatedBusServer server = bus(one, FaultInjector.none());
        RtuClient client = new RtuClient(server.start(ANY))) {
      ModbusResponse r = client.send(any).orElseThrow();
      assertThat(r.unitId()).isEqualTo(1);
      assertThat(((ReadResponse) r).registers()).containsExactly(663, 201); // T1: 6.63, 2.01
    }
    StackFixture three = new StackFixture(3, StackMode.THREE_PHASE, StackFixture.NOON);
    try (SimulatedBusServer server = bus(three, FaultInjector.none());
        RtuClient client = new RtuClient(server.start(ANY))) {
      assertThatThrownBy(() -> client.send(any))
          .isInstanceOfSatisfying(
              InverterProtocolException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CRC));
    }
  }

  private static int code(Optional<ModbusResponse> r) {
    return ((ExceptionResponse) r.orElseThrow()).exceptionCode();
  }
}
