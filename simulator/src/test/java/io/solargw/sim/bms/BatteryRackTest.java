package io.solargw.sim.bms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.solargw.protocol.bms.BmsProtocolException;
import io.solargw.protocol.bms.pace.AlarmFlag;
import io.solargw.protocol.bms.pace.AlarmResponse;
import io.solargw.protocol.bms.pace.AnalogResponse;
import io.solargw.protocol.bms.pace.Frame;
import io.solargw.protocol.bms.pace.FrameCodec;
import io.solargw.protocol.bms.pace.PaceCommand;
import io.solargw.protocol.bms.pace.PaceRequests;
import io.solargw.protocol.bms.pace.PackAlarm;
import io.solargw.protocol.bms.pace.PackAnalog;
import io.solargw.protocol.bms.pace.ParameterResponse;
import io.solargw.protocol.bms.pace.RawResponse;
import io.solargw.protocol.bms.pace.Request;
import io.solargw.protocol.bms.pace.Response;
import io.solargw.protocol.bms.pace.ResponseDecoder;
import io.solargw.sim.fault.FaultInjector;
import io.solargw.sim.site.PackState;
import io.solargw.sim.site.SiteConfig;
import io.solargw.sim.site.SiteModel;
import io.solargw.sim.wire.BusProtocol;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The rack's answers, decoded by protocol-bms's PACE codec (in process; the wire is in *IT). */
class BatteryRackTest {

  private final SiteModel site =
      new SiteModel(SiteConfig.demo().withPacks(8), LocalDateTime.of(2026, 6, 21, 12, 0), 60);
  private final FaultInjector faults = FaultInjector.none();
  private final BatteryRack rack =
      new BatteryRack(site.state(), PackThresholds.defaults(), faults::isAway);
  private final PaceRackProtocol protocol = new PaceRackProtocol(rack);

  private void advance(double seconds) {
    rack.update(site.advance(seconds));
  }

  @Test
  void eachPackAnswersItsAddressWithTheSiteModelsReadings() throws Exception {
    advance(60);
    for (int n = 1; n <= 8; n++) {
      Request r = PaceRequests.analog(n, n);
      PackAnalog a = ((AnalogResponse) decode(r)).packs().get(0);
      PackState p = site.state().battery().packs().get(n - 1);
      assertThat(a.packAddress()).isEqualTo(n);
      assertThat(a.block().cellMillivolts()).isEqualTo(p.cellMillivolts());
      int sum = a.block().cellMillivolts().stream().mapToInt(Integer::intValue).sum();
      assertThat(a.voltageVolts().doubleValue()).isCloseTo(sum / 1000.0, within(0.0005));
      assertThat(a.currentAmperes().doubleValue()).isCloseTo(p.amps(), within(0.006));
      assertThat(a.soc().orElseThrow().reported()).isTrue();
      assertThat(a.soc().orElseThrow().percent().doubleValue())
          .isCloseTo(p.socPercent(), within(0.51));
      assertThat(a.temperaturesCelsius().get(0).orElseThrow().doubleValue())
          .isCloseTo(p.temperaturesCelsius().get(0), within(0.051));
      assertThat(a.designAmpHours()).contains(new java.math.BigDecimal("100.00"));
    }
  }

  @Test
  void theMasterListsEveryPackForAllPacks() throws Exception {
    AnalogResponse all = (AnalogResponse) decode(PaceRequests.analog(1, PaceRequests.ALL_PACKS));
    assertThat(all.packs()).hasSize(8).allMatch(PackAnalog::present);
    AlarmResponse alarms = (AlarmResponse) decode(PaceRequests.alarm(1, PaceRequests.ALL_PACKS));
    assertThat(alarms.packs())
        .extracting(PackAlarm::packAddress)
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    // a slave is not a master: it lists itself only, and refuses to relay (RTN 0x90)
    assertThat(((AnalogResponse) decode(PaceRequests.analog(3, 0xFF))).packs()).hasSize(1);
    assertThatThrownBy(() -> decode(PaceRequests.analog(3, 5)))
        .isInstanceOf(BmsProtocolException.class)
        .hasMessageContaining("RTN 0x90");
  }

  @Test
  void addressZeroIsAnsweredFromTheRealAddress() throws Exception {
    SiteModel one =
        new SiteModel(SiteConfig.demo().withPacks(1), LocalDateTime.of(2026, 6, 21, 12, 0), 60);
    BatteryRack single = new BatteryRack(one.state(), PackThresholds.defaults(), a -> false);
    single.setDipAddress(1, 2); // capture V5: a pack at DIP 2 answers a request to ADR 0
    Optional<BusProtocol.Answer> answer =
        new PaceRackProtocol(single).answer(PaceRequests.analog(0, 0).encode());
    Frame f = FrameCodec.decode(answer.orElseThrow().bytes());
    assertThat(f.address()).isEqualTo(2);
    assertThat(f.infoByte(1)).as("command echo").isZero();
  }

  @Test
  void aCellOverVoltageRaisesOvpOnThatPackOnly() throws Exception {
    site.setCellFault(3, 7, 450);
    advance(1);
    AlarmResponse all = (AlarmResponse) decode(PaceRequests.alarm(1, 0xFF));
    PackAlarm third = all.packs().get(2);
    assertThat(third.flags())
        .contains(AlarmFlag.CELL_OVER_VOLTAGE, AlarmFlag.CELL_HIGH_VOLTAGE_WARN);
    assertThat(third.block().cellCodes().get(6)).isEqualTo(0x02);
    assertThat(all.packs().get(1).flags()).doesNotContain(AlarmFlag.CELL_OVER_VOLTAGE);
  }

  @Test
  void aBadChecksumIsAnsweredWithRtn02AndAnotherAddressIsSilent() {
    byte[] request = PaceRequests.analog(2, 2).encode();
    byte[] broken = request.clone();
    broken[broken.length - 2] = (byte) (broken[broken.length - 2] == '0' ? '1' : '0');
    String answer =
        new String(protocol.answer(broken).orElseThrow().bytes(), StandardCharsets.US_ASCII);
    assertThat(answer).startsWith("~25024602");
    assertThat(protocol.answer(PaceRequests.analog(9, 9).encode())).isEmpty();
  }

  @Test
  void duplicatedAddressesCollideAndTheMasterListsThemOffline() throws Exception {
    rack.setDipAddress(5, 4); // pack 5 set to DIP 4: address 5 missing, 4 duplicated
    byte[] collided = protocol.answer(PaceRequests.analog(4, 4).encode()).orElseThrow().bytes();
    assertThatThrownBy(() -> FrameCodec.decode(collided)).isInstanceOf(BmsProtocolException.class);
    assertThat(protocol.answer(PaceRequests.analog(5, 5).encode())).isEmpty();
    AnalogResponse all = (AnalogResponse) decode(PaceRequests.analog(1, 0xFF));
    assertThat(all.packs())
        .extracting(PackAnalog::present)
        .containsExactly(true, true, true, false, false, true, true, true);
  }

  static Stream<PaceCommand> reads() {
    return Arrays.stream(PaceCommand.values())
        .filter(c -> !c.write() && c != PaceCommand.ANALOG && c != PaceCommand.ALARM);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reads")
  void everyReadCommandDecodes(PaceCommand command) throws Exception {
    Request r =
        command == PaceCommand.HISTORY_RECORD
            ? PaceRequests.historyRecord(1, 0)
            : command == PaceCommand.PROTOCOL_NAMES
                ? PaceRequests.protocolNames(1, 0, 0, 1)
                : PaceRequests.read(1, command);
    if (command == PaceCommand.HISTORY_RECORD) {
      assertThatThrownBy(() -> decode(r)).hasMessageContaining("RTN 0x07");
      return;
    }
    Response response = decode(r);
    assertThat(response).isNotInstanceOf(RawResponse.class);
    if (command == PaceCommand.PACK_COUNT) {
      assertThat(((ParameterResponse) response).values()).containsEntry("pack_count", 8);
    }
  }

  private Response decode(Request r) throws BmsProtocolException {
    byte[] bytes = protocol.answer(r.encode()).orElseThrow().bytes();
    return ResponseDecoder.decode(FrameCodec.decode(bytes), r);
  }
}
