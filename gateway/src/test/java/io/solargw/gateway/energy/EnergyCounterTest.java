package io.solargw.gateway.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EnergyCounterTest {

  private static final LocalDate DAY = LocalDate.of(2026, 6, 21);
  private static final long SECOND = 1_000_000_000L;

  @Test
  void oneKilowattForAnHourIsOneKilowattHour() {
    EnergyCounter c = new EnergyCounter(0, 0, null);
    for (int s = 0; s <= 3600; s++) {
      c.addPower(1000, s * SECOND, DAY);
    }
    assertThat(c.lifetimeKwh()).isCloseTo(1.0, within(1e-9));
    assertThat(c.todayKwh()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void aGapLongerThanFiveMinutesIsNotIntegrated() {
    EnergyCounter c = new EnergyCounter(0, 0, null);
    c.addPower(1000, 0, DAY);
    c.addPower(1000, 3600 * SECOND, DAY);
    assertThat(c.lifetimeKwh()).isZero();
  }

  @Test
  void negativeNanAndInfinitePowerAddNothing() {
    EnergyCounter c = new EnergyCounter(5, 1, DAY);
    c.addPower(-500, 0, DAY);
    c.addPower(Double.NaN, SECOND, DAY);
    c.addPower(Double.POSITIVE_INFINITY, 2 * SECOND, DAY);
    assertThat(c.lifetimeKwh()).isEqualTo(5);
  }

  @Test
  void aDeviceCounterThatResetsIsCarriedOverNotSubtracted() {
    EnergyCounter c = new EnergyCounter(100, 0, DAY);
    c.followDevice(50.0, DAY); // first reading: reference only
    c.followDevice(52.5, DAY);
    c.followDevice(0.3, DAY); // statistics cleared on the inverter
    c.followDevice(1.3, DAY);
    assertThat(c.lifetimeKwh()).isCloseTo(103.5, within(1e-9));
  }

  @Test
  void theDailyCounterResetsAtANewDayButNotWhenTheClockJumpsBack() {
    EnergyCounter c = new EnergyCounter(0, 0, null);
    c.followDevice(10, DAY);
    c.followDevice(12, DAY);
    c.followDevice(13, DAY.plusDays(1));
    assertThat(c.todayKwh()).isCloseTo(1, within(1e-9));
    c.followDevice(14, DAY); // wall clock jumped back a day
    assertThat(c.todayKwh()).isCloseTo(2, within(1e-9));
    assertThat(c.day()).isEqualTo(DAY.plusDays(1));
    assertThat(c.lifetimeKwh()).isCloseTo(4, within(1e-9));
  }

  @Test
  void randomSamplesNeverMakeTheCounterGoBackwards() {
    long seed = System.nanoTime();
    SplittableRandom r = new SplittableRandom(seed);
    EnergyCounter c = new EnergyCounter(0, 0, null);
    double last = 0;
    long t = 0;
    for (int i = 0; i < 100_000; i++) {
      t += r.nextLong(-SECOND, 400 * SECOND); // the monotonic source never goes back, but be mean
      if (r.nextBoolean()) {
        c.addPower(r.nextDouble(-1000, 10_000), t, DAY.plusDays(r.nextInt(3)));
      } else {
        c.followDevice(r.nextDouble(-1, 1000), DAY.plusDays(r.nextInt(3)));
      }
      assertThat(c.lifetimeKwh()).as("seed %d step %d", seed, i).isGreaterThanOrEqualTo(last);
      last = c.lifetimeKwh();
    }
  }
}
