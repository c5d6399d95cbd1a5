package io.solargw.sim.scenario;

import java.util.Comparator;
import java.util.List;

/**
 * A list of timed actions (a scenario file, see {@code docs/reference/simulator.md}), sorted by
 * time; steps at the same time keep their order.
 *
 * @param name where it came from, for logs
 * @param steps the steps
 */
public record Scenario(String name, List<ScenarioStep> steps) {

  /** Sorts (stable) and copies the steps. */
  public Scenario {
    steps = steps.stream().sorted(Comparator.comparing(ScenarioStep::at)).toList();
  }
}
