package io.solargw.protocol.inverter.profile.internal;

import io.solargw.protocol.inverter.profile.ProfileException;
import io.solargw.protocol.inverter.profile.ProfileProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every problem of a profile so they can be reported at once. */
final class Problems {

  private final List<ProfileProblem> list = new ArrayList<>();

  void add(Node.Location at, String subject, String message) {
    list.add(new ProfileProblem(at.source(), at.line(), subject, message));
  }

  boolean isEmpty() {
    return list.isEmpty();
  }

  /** Throws when anything was collected, problems sorted by file and line. */
  void throwIfAny() throws ProfileException {
    if (!list.isEmpty()) {
      List<ProfileProblem> sorted = new ArrayList<>(list);
      sorted.sort(
          Comparator.comparing(ProfileProblem::source).thenComparingInt(ProfileProblem::line));
      throw new ProfileException(sorted);
    }
  }
}
