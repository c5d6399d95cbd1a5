package io.solargw.config;

import java.util.List;

/**
 * The configuration cannot be used: it holds every problem found, errors and warnings, in file
 * order (then environment variables by name), so that all of them can be shown at once.
 *
 * <p>The message is a count followed by one {@link ConfigProblem#toString()} line per problem; the
 * CLI prints it and exits with status 2.
 */
public final class ConfigException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient List<ConfigProblem> problems;

  /**
   * @param problems every problem found, at least one of them an error
   */
  public ConfigException(List<ConfigProblem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
    if (this.problems.stream().noneMatch(ConfigProblem::isError)) {
      throw new IllegalArgumentException("problems must contain at least one error");
    }
  }

  /** Every problem, errors and warnings, in the order they are reported. */
  public List<ConfigProblem> problems() {
    return problems;
  }

  /** Only the problems that stop the gateway from starting. */
  public List<ConfigProblem> errors() {
    return problems.stream().filter(ConfigProblem::isError).toList();
  }

  private static String describe(List<ConfigProblem> problems) {
    long errors = problems.stream().filter(ConfigProblem::isError).count();
    StringBuilder out =
        new StringBuilder()
            .append(errors)
            .append(errors == 1 ? " error" : " errors")
            .append(" in the configuration:");
    for (ConfigProblem problem : problems) {
      out.append(System.lineSeparator()).append(problem);
    }
    return out.toString();
  }
}
