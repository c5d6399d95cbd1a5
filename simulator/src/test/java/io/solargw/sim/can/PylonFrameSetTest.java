package io.solargw.sim.can;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.solargw.protocol.bms.canline.CanLine;
import io.solargw.protocol.bms.canline.CanLineParser;
import io.solargw.protocol.bms.pylon.CanFrame;
import io.solargw.protocol.bms.pylon.ChargeDischargeLimits;
import io.solargw.protocol.bms.pylon.ProtectionAlarmFlag;
import io.solargw.protocol.bms.pylon.ProtectionAlarmFlags;
import io.solargw.protocol.bms.pylon.PylonCanCodec;
import io.solargw.protocol.bms.pylon.PylonCanMessage;
import io.solargw.protocol.bms.pylon.StateOfChargeHealth;
import io.solargw.protocol.bms.pylon.VoltageCurrentTemperature;
import io.solargw.sim.bms.PackCondition;
import io.solargw.sim.bms.PackConditions;
import io.solargw.sim.bms.PackThresholds;
import io.solargw.sim.site.BatteryState;
import io.solargw.sim.site.SiteConfig;
import io.solargw.sim.site.SiteModel;
import io.solargw.sim.site.StackMode;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PylonFrameSetTest {

  private static List<Set<PackCondition>> conditions(BatteryState b) {
    List<Set<PackCondition>> out = new ArrayList<>();
    b.packs()
        .forEach(p -> out.add(PackConditions.evaluate(p, PackThresholds.defaults(), Set.of())));
    return out;
  }

  private static <T extends PylonCanMessage> T find(List<CanFrame> frames, Class<T> type)
      throws Exception {
    for (CanFrame f : frames) {
      PylonCanMessage m = PylonCanCodec.decode(f);
      if (type.isInstance(m)) {
        return type.cast(m);
      }
    }
    throw new AssertionError("no " + type.getSimpleName() + " in " + frames);
  }

  @Test
  void canValuesAgreeWithThePacksOverASimulatedDay() throws Exception {
    SiteModel site =
        new SiteModel(
            new SiteConfig(2, StackMode.PAL, 6000, 4000, 500, 8, 100, 4),
            LocalDateTime.of(2026, 6, 21, 0, 0),
            55);
    for (int minute = 0; minute < 24 * 60; minute += 7) {
      BatteryState b = site.advance(7 * 60).battery();
      List<CanFrame> frames = PylonFrameSet.of(b, conditions(b));
      assertThat(frames)
          .extracting(CanFrame::id)
          .contains(0x351, 0x355, 0x356, 0x359, 0x35C, 0x35E);
      assertThat(find(frames, StateOfChargeHealth.class).socPercent())
          .isCloseTo((int) Math.round(b.socPercent()), within(0));
      VoltageCurrentTemperature vct = find(frames, VoltageCurrentTemperature.class);
      assertThat(vct.voltageVolts().doubleValue()).isCloseTo(b.volts(), within(0.01));
      double sum = b.packs().stream().mapToDouble(p -> p.amps()).sum();
      assertThat(vct.currentAmperes().doubleValue()).isCloseTo(sum, within(0.06));
      assertThat(find(frames, ProtectionAlarmFlags.class).moduleCount()).isEqualTo(8);
    }
  }

  @Test
  void aCellOverVoltageOnPackThreeRaisesTheFlagAndCutsThatPacksChargeLimit() throws Exception {
    SiteModel site =
        new SiteModel(
            new SiteConfig(1, StackMode.SIG, 6000, 0, 300, 4, 100, 4),
            LocalDateTime.of(2026, 6, 21, 22, 0),
            60);
    BatteryState before = site.advance(60).battery();
    int cclBefore =
        find(PylonFrameSet.of(before, conditions(before)), ChargeDischargeLimits.class)
            .chargeCurrentLimitDeciamps();
    site.setCellFault(3, 7, 450);
    BatteryState after = site.advance(60).battery();
    List<Set<PackCondition>> c = conditions(after);
    assertThat(c.get(2)).contains(PackCondition.OVP, PackCondition.OV);
    assertThat(c.get(0)).doesNotContain(PackCondition.OVP);
    List<CanFrame> frames = PylonFrameSet.of(after, c);
    assertThat(find(frames, ProtectionAlarmFlags.class).active())
        .contains(
            ProtectionAlarmFlag.CELL_OR_MODULE_OVER_VOLTAGE,
            ProtectionAlarmFlag.CELL_OR_MODULE_HIGH_VOLTAGE);
    assertThat(find(frames, ChargeDischargeLimits.class).chargeCurrentLimitDeciamps())
        .isEqualTo(cclBefore * 3 / 4);
  }

  @Test
  void offsetsMoveOnlySocVoltageAndCurrentAndClampTheSoc() throws Exception {
    SiteModel site = new SiteModel(SiteConfig.demo(), LocalDateTime.of(2026, 6, 21, 12, 0), 70);
    BatteryState b = site.state().battery();
    List<CanFrame> plain = PylonFrameSet.of(b, conditions(b));
    List<CanFrame> skewed =
        PylonFrameSet.of(b, conditions(b), new io.solargw.sim.bms.CanOffsets(-20, 1.5, -3));
    assertThat(find(skewed, StateOfChargeHealth.class).socPercent())
        .isEqualTo(find(plain, StateOfChargeHealth.class).socPercent() - 20);
    VoltageCurrentTemperature p = find(plain, VoltageCurrentTemperature.class);
    VoltageCurrentTemperature k = find(skewed, VoltageCurrentTemperature.class);
    assertThat(k.voltageVolts().doubleValue() - p.voltageVolts().doubleValue())
        .isCloseTo(1.5, within(0.011));
    assertThat(k.currentAmperes().doubleValue() - p.currentAmperes().doubleValue())
        .isCloseTo(-3, within(0.11));
    assertThat(find(skewed, ChargeDischargeLimits.class))
        .isEqualTo(find(plain, ChargeDischargeLimits.class));
    List<CanFrame> over =
        PylonFrameSet.of(b, conditions(b), new io.solargw.sim.bms.CanOffsets(500, 0, 0));
    assertThat(find(over, StateOfChargeHealth.class).socPercent()).isEqualTo(100);
  }

  @Test
  void theSlcanAdapterAcknowledgesCommandsAndStreamsParsableLines() throws Exception {
    SiteModel site = new SiteModel(SiteConfig.demo(), LocalDateTime.of(2026, 6, 21, 12, 0), 70);
    BatteryState b = site.state().battery();
    List<CanFrame> expected = PylonFrameSet.of(b, conditions(b));
    try (SlcanServer server = new SlcanServer(() -> expected, Duration.ofMillis(100))) {
      InetSocketAddress a = server.start(new InetSocketAddress("127.0.0.1", 0));
      try (Socket s = new Socket(a.getHostString(), a.getPort())) {
        s.setSoTimeout(5000);
        OutputStream out = s.getOutputStream();
        out.write("S6\rO\rV\r".getBytes(StandardCharsets.US_ASCII));
        InputStream in = s.getInputStream();
        List<CanFrame> got = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        List<String> replies = new ArrayList<>();
        // the stream starts with O: under load a whole set can come before the V reply
        while (got.size() < expected.size() || replies.size() < 3) {
          int c = in.read();
          if (c == '\r') {
            String l = line.toString();
            line.setLength(0);
            if (l.startsWith("t")) {
              CanLine parsed = CanLineParser.parse(l);
              got.add(parsed.frame());
            } else {
              replies.add(l);
            }
          } else {
            line.append((char) c);
          }
        }
        assertThat(replies).startsWith("", "", "V1013");
        assertThat(got.subList(0, expected.size())).containsExactlyElementsOf(expected);
      }
    }
  }
}
