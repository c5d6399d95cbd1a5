package io.solargw.sim.scenario;

import java.util.List;

/** A scenario file that cannot be used; one sentence per problem, naming the step and the key. */
public final class ScenarioFileException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient List<String> problems;

  /**
   * @param problems at least one
   */
  public ScenarioFileException(List<String> problems) {
    super(String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem. */
  public List<String> problems() {
    return problems;
  }
}
