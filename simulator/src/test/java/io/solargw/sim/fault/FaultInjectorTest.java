package io.solargw.sim.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Fault rates per kind, as the soak sets them. */
class FaultInjectorTest {

  @Test
  void ratesPerKindAreKeptOverManyAnswers() {
    FaultInjector f = new FaultInjector(0, EnumSet.allOf(FaultKind.class), 42);
    f.setRates(Map.of(FaultKind.CORRUPT_BYTE, 0.02, FaultKind.NO_ANSWER, 0.03));
    int n = 200_000;
    for (int i = 0; i < n; i++) {
      f.decide(1);
    }
    Map<FaultKind, Long> got = f.injected();
    assertThat(got.keySet()).containsExactlyInAnyOrder(FaultKind.CORRUPT_BYTE, FaultKind.NO_ANSWER);
    assertThat(got.get(FaultKind.CORRUPT_BYTE) / (double) n).isCloseTo(0.02, within(0.002));
    assertThat(got.get(FaultKind.NO_ANSWER) / (double) n).isCloseTo(0.03, within(0.002));
  }

  @Test
  void aDeviceSentAwayStaysSilentWhateverTheRates() {
    FaultInjector f = new FaultInjector(0, EnumSet.allOf(FaultKind.class), 1);
    f.setRates(Map.of(FaultKind.CORRUPT_BYTE, 0.5));
    f.setAway(3, true);
    assertThat(f.decide(3)).contains(FaultKind.NO_ANSWER);
  }

  @Test
  void emptyRatesGoBackToTheProbability() {
    FaultInjector f = new FaultInjector(1.0, EnumSet.of(FaultKind.TRUNCATED), 1);
    f.setRates(Map.of(FaultKind.CORRUPT_BYTE, 1.0));
    assertThat(f.decide(1)).contains(FaultKind.CORRUPT_BYTE);
    f.setRates(Map.of());
    assertThat(f.decide(1)).contains(FaultKind.TRUNCATED);
  }

  @Test
  void ratesAddingUpToMoreThanOneAreRefused() {
    FaultInjector f = FaultInjector.none();
    assertThatThrownBy(
            () -> f.setRates(Map.of(FaultKind.CORRUPT_BYTE, 0.6, FaultKind.NO_ANSWER, 0.6)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fault rates must add up to at most 1, got 1.2");
    assertThatThrownBy(() -> f.setRates(Map.of(FaultKind.TRUNCATED, -0.1)))
        .hasMessage("rate of TRUNCATED must be in 0..1, got -0.1");
  }
}
