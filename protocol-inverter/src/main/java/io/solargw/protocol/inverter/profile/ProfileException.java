package io.solargw.protocol.inverter.profile;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A profile could not be loaded. Carries every problem found (not only the first), each with file,
 * line and the point or setting it concerns; the message joins them with "; ".
 */
public final class ProfileException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient List<ProfileProblem> problems;

  /**
   * @param problems what is wrong, at least one
   */
  public ProfileException(List<ProfileProblem> problems) {
    super(message(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems must not be empty");
    }
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in file order. */
  public List<ProfileProblem> problems() {
    return problems;
  }

  private static String message(List<ProfileProblem> problems) {
    String all = problems.stream().map(ProfileProblem::toString).collect(Collectors.joining("; "));
    return problems.size() == 1 ? all : problems.size() + " profile problems: " + all;
  }
}
