package io.solargw.sim.scenario;

import java.time.Duration;
import java.util.Objects;

/**
 * One timed action of a scenario.
 *
 * @param at wall-clock time after the simulator started
 * @param action what happens then
 */
public record ScenarioStep(Duration at, ScenarioAction action) {

  /** Checks for nulls and a negative time. */
  public ScenarioStep {
    Objects.requireNonNull(action, "action");
    if (at.isNegative()) {
      throw new IllegalArgumentException("at must not be negative, got " + at);
    }
  }
}
