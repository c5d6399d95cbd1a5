package io.solargw.sim.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDateTime;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SiteModelTest {

  private static final LocalDateTime MIDNIGHT = LocalDateTime.of(2026, 6, 21, 0, 0);

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 42, 1234})
  void aSimulatedDayKeepsThePhysicsConsistent(long seed) {
    SiteConfig config = new SiteConfig(3, StackMode.THREE_PHASE, 6000, 4000, 600, 8, 100, seed);
    SiteModel site = new SiteModel(config, MIDNIGHT, 60);
    SiteState previous = site.state();
    double peakPv = 0;
    for (int minute = 0; minute < 2 * 24 * 60; minute++) {
      if (minute == 20 * 60) {
        site.setGridPresent(false);
      }
      if (minute == 26 * 60) {
        site.setGridPresent(true);
      }
      SiteState s = site.advance(60);
      String where = "seed " + seed + " minute " + minute;
      assertThat(s.battery().socPercent()).as(where).isBetween(0.0, 100.0);
      for (UnitState u : s.units()) {
        assertThat(u.pvWatts() + u.gridWatts())
            .as(where + " balance of unit " + u.index())
            .isCloseTo(u.loadWatts() + u.batteryWatts(), within(1e-6));
        assertThat(u.pvWatts()).as(where).isGreaterThanOrEqualTo(0);
        assertThat(u.gridWatts()).as(where).isGreaterThanOrEqualTo(0);
        if (!s.gridPresent()) {
          assertThat(u.gridWatts()).as(where + " no grid").isZero();
        }
        UnitEnergy before = previous.units().get(u.index()).energy();
        assertThat(u.energy().pvKwhTotal()).as(where).isGreaterThanOrEqualTo(before.pvKwhTotal());
        assertThat(u.energy().loadKwhTotal())
            .as(where)
            .isGreaterThanOrEqualTo(before.loadKwhTotal());
      }
      for (PackState p : s.battery().packs()) {
        assertThat(p.socPercent()).as(where).isBetween(0.0, 100.0);
        assertThat(p.cellMillivolts())
            .hasSize(16)
            .allSatisfy(mv -> assertThat(mv).isBetween(2500, 3700));
        assertThat(p.millivolts() / 1000.0)
            .as(where + " cells sum to the pack voltage")
            .isCloseTo(s.battery().volts(), within(0.5));
      }
      peakPv = Math.max(peakPv, s.pvWatts());
      previous = s;
    }
    assertThat(peakPv).as("the sun rose").isGreaterThan(3000);
  }

  @Test
  void threePhaseUnitsSitOnTheirPhasesAndShareOneFrequency() {
    SiteModel site =
        new SiteModel(
            new SiteConfig(6, StackMode.THREE_PHASE, 5000, 3000, 900, 2, 100, 7),
            MIDNIGHT.withHour(21),
            80);
    SiteState s = site.advance(60);
    assertThat(s.units())
        .extracting(UnitState::phase)
        .containsExactly(Phase.L1, Phase.L2, Phase.L3, Phase.L1, Phase.L2, Phase.L3);
    assertThat(s.units())
        .extracting(UnitState::outputHertz)
        .containsOnly(s.units().get(0).outputHertz());
    // Units on the same phase share its load equally.
    assertThat(s.units().get(0).loadWatts()).isCloseTo(s.units().get(3).loadWatts(), within(1e-9));
  }

  @Test
  void utilityFirstFeedsTheLoadFromTheGridAndSbuFromTheBattery() {
    SiteModel site =
        new SiteModel(
            new SiteConfig(1, StackMode.SIG, 6000, 4000, 500, 4, 100, 3),
            MIDNIGHT.withHour(22),
            80);
    site.setSettings(0, UnitSettings.defaults().withOutputPriority(OutputPriority.UTI));
    UnitState uti = site.advance(60).units().get(0);
    assertThat(uti.machineState()).isEqualTo(4);
    assertThat(uti.gridWatts()).isGreaterThanOrEqualTo(uti.loadWatts());
    site.setSettings(0, UnitSettings.defaults().withOutputPriority(OutputPriority.SBU));
    UnitState sbu = site.advance(60).units().get(0);
    assertThat(sbu.machineState()).isEqualTo(5);
    assertThat(sbu.gridWatts()).isZero();
    assertThat(sbu.batteryWatts()).isCloseTo(-sbu.loadWatts(), within(1e-6));
  }

  @Test
  void gridFailureAtLowBatteryEventuallySwitchesTheOutputOff() {
    SiteModel site =
        new SiteModel(
            new SiteConfig(1, StackMode.SIG, 6000, 0, 2000, 1, 50, 5), MIDNIGHT.withHour(20), 25);
    site.setGridPresent(false);
    UnitState u = null;
    for (int i = 0; i < 120; i++) {
      u = site.advance(60).units().get(0);
    }
    assertThat(u.machineState()).isEqualTo(1);
    assertThat(u.loadWatts()).isZero();
    assertThat(site.state().battery().socPercent()).isGreaterThan(15);
  }

  @Test
  void theSameSeedGivesTheSameDay() {
    SiteConfig config = SiteConfig.demo();
    SiteModel a = new SiteModel(config, MIDNIGHT, 50);
    SiteModel b = new SiteModel(config, MIDNIGHT, 50);
    SplittableRandom steps = new SplittableRandom(9);
    for (int i = 0; i < 500; i++) {
      double dt = 1 + steps.nextInt(120);
      assertThat(a.advance(dt)).isEqualTo(b.advance(dt));
    }
  }
}
