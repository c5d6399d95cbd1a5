package io.solargw.protocol.inverter.codes;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A code table file could not be loaded; carries every problem found, each with file, line and
 * entry, so that all can be fixed at once.
 */
public final class CodeTableException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient List<CodeTableProblem> problems;

  /**
   * @param problems one or more problems, in file order
   */
  public CodeTableException(List<CodeTableProblem> problems) {
    super(summary(problems));
    this.problems = List.copyOf(problems);
  }

  /** The problems, in file order. */
  public List<CodeTableProblem> problems() {
    return problems;
  }

  private static String summary(List<CodeTableProblem> problems) {
    String count = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
    return count
        + " in code table:\n"
        + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
  }
}
