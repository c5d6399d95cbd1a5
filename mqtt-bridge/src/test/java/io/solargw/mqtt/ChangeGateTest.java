package io.solargw.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import io.solargw.mqtt.payload.ChangeGate;
import io.solargw.mqtt.payload.ChangeGate.Decision;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Deadbands against the last published value, and the periodic refresh, on a fake clock. */
class ChangeGateTest {

  private final MutableClock clock = new MutableClock(Devices.T0);
  private final ChangeGate gate = new ChangeGate(Deadbands.DEFAULT, Duration.ofSeconds(300));

  private static DeviceState pack(double volts, double soc, List<Double> cells) {
    return DeviceState.builder("pack-1", DeviceKind.BATTERY_PACK, "Pack 1")
        .value("voltage_V", volts)
        .value("soc_pct", soc)
        .value("cells_mV", Value.series(cells))
        .build();
  }

  private Decision offer(DeviceState state) {
    Decision decision = gate.decide(state, clock.instant());
    if (decision != Decision.SKIP) {
      gate.published(state, clock.instant());
    }
    clock.advance(Duration.ofSeconds(5));
    return decision;
  }

  @Test
  void firstThenOnlyChangesBeyondTheDeadband() {
    assertThat(offer(pack(53.10, 80, List.of(3300.0)))).isEqualTo(Decision.FIRST);
    assertThat(offer(pack(53.12, 80, List.of(3300.0)))).isEqualTo(Decision.SKIP);
    assertThat(offer(pack(53.15, 80, List.of(3300.0)))).isEqualTo(Decision.CHANGED);
    assertThat(offer(pack(53.15, 80.5, List.of(3300.0)))).isEqualTo(Decision.SKIP);
    assertThat(offer(pack(53.15, 81, List.of(3300.0)))).isEqualTo(Decision.CHANGED);
  }

  @Test
  void slowDriftIsPublishedOnceItAddsUpToTheDeadband() {
    offer(pack(53.00, 80, List.of(3300.0)));
    List<Decision> decisions = new java.util.ArrayList<>();
    for (int step = 1; step <= 10; step++) {
      decisions.add(offer(pack(53.00 + step * 0.01, 80, List.of(3300.0))));
    }
    // 0.01 V per poll, 0.05 V band: published at +0.05 and +0.10, skipped in between
    assertThat(decisions)
        .containsExactly(
            Decision.SKIP,
            Decision.SKIP,
            Decision.SKIP,
            Decision.SKIP,
            Decision.CHANGED,
            Decision.SKIP,
            Decision.SKIP,
            Decision.SKIP,
            Decision.SKIP,
            Decision.CHANGED);
  }

  @Test
  void millivoltListsUseTheVoltageBandInVolts() {
    offer(pack(53, 80, List.of(3300.0, 3300.0)));
    assertThat(offer(pack(53, 80, List.of(3300.0, 3349.0)))).isEqualTo(Decision.SKIP);
    assertThat(offer(pack(53, 80, List.of(3300.0, 3350.0)))).isEqualTo(Decision.CHANGED);
    assertThat(offer(pack(53, 80, List.of(3300.0)))).isEqualTo(Decision.CHANGED);
  }

  @Test
  void refreshRepublishesUnchangedStates() {
    offer(pack(53, 80, List.of()));
    clock.advance(Duration.ofSeconds(289));
    assertThat(offer(pack(53, 80, List.of()))).isEqualTo(Decision.SKIP);
    clock.advance(Duration.ofSeconds(1));
    assertThat(offer(pack(53, 80, List.of()))).isEqualTo(Decision.REFRESH);
    assertThat(offer(pack(53, 80, List.of()))).isEqualTo(Decision.SKIP);
  }

  @Test
  void textsFlagsCodesAvailabilityNaNAndNewKeysAlwaysCount() {
    DeviceState base =
        DeviceState.builder("inverter-1", DeviceKind.INVERTER, "I")
            .value("mode", Value.of("line"))
            .value("pv_power_W", 100)
            .build();
    offer(base);
    assertThat(
            offer(
                DeviceState.builder("inverter-1", DeviceKind.INVERTER, "I")
                    .value("mode", Value.of("battery"))
                    .value("pv_power_W", 100)
                    .build()))
        .isEqualTo(Decision.CHANGED);
    assertThat(
            offer(
                DeviceState.builder("inverter-1", DeviceKind.INVERTER, "I")
                    .value("mode", Value.of("battery"))
                    .value("pv_power_W", Double.NaN)
                    .build()))
        .isEqualTo(Decision.CHANGED);
    assertThat(
            offer(
                DeviceState.builder("inverter-1", DeviceKind.INVERTER, "I")
                    .value("mode", Value.of("battery"))
                    .value("pv_power_W", Double.NaN)
                    .at(Availability.OFFLINE, Devices.T0)
                    .build()))
        .isEqualTo(Decision.CHANGED);
    assertThat(
            offer(
                DeviceState.builder("inverter-1", DeviceKind.INVERTER, "I")
                    .value("mode", Value.of("battery"))
                    .value("pv_power_W", Double.NaN)
                    .value("faults", Value.codes(List.of(new Code(1, "fault", "x"))))
                    .at(Availability.OFFLINE, Devices.T0)
                    .build()))
        .isEqualTo(Decision.CHANGED);
  }

  @Test
  void zeroDeadbandPublishesEveryChange() {
    ChangeGate strict = new ChangeGate(Deadbands.NONE, Duration.ofSeconds(300));
    strict.published(pack(53.10, 80, List.of()), clock.instant());
    assertThat(strict.decide(pack(53.101, 80, List.of()), clock.instant()))
        .isEqualTo(Decision.CHANGED);
  }
}
