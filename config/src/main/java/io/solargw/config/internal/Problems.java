package io.solargw.config.internal;

import io.solargw.config.ConfigProblem;
import io.solargw.config.ConfigProblem.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects every problem of one load, so that all of them are reported at once, and remembers which
 * key paths failed so that later checks do not pile consequences onto them.
 */
public final class Problems {

  /** A problem and whether it came from an environment variable (those sort last, by name). */
  private record Entry(ConfigProblem problem, boolean environment) {}

  private final List<Entry> entries = new ArrayList<>();
  private final Set<String> failedPaths = new HashSet<>();

  /** An error at a known place. */
  public void error(Origin at, String path, String message) {
    add(at, path, message, Severity.ERROR);
    failedPaths.add(path);
  }

  /** A warning at a known place. */
  public void warning(Origin at, String path, String message) {
    add(at, path, message, Severity.WARNING);
  }

  /** Whether an error was reported for {@code path} or anything below it. */
  public boolean failed(String path) {
    return failedPaths.stream().anyMatch(p -> p.equals(path) || KeyPaths.isBelow(p, path));
  }

  /** Whether an error was reported for exactly {@code path}. */
  public boolean failedAt(String path) {
    return failedPaths.contains(path);
  }

  /** Whether any error was reported. */
  public boolean hasErrors() {
    return entries.stream().anyMatch(e -> e.problem().isError());
  }

  /** Every problem: file problems by position, then environment problems by variable name. */
  public List<ConfigProblem> sorted() {
    Comparator<Entry> order =
        Comparator.comparing(Entry::environment)
            .thenComparing(e -> e.environment() ? e.problem().source() : "")
            .thenComparingInt(e -> e.problem().line())
            .thenComparingInt(e -> e.problem().column());
    return entries.stream().sorted(order).map(Entry::problem).toList();
  }

  private void add(Origin at, String path, String message, Severity severity) {
    entries.add(
        new Entry(
            new ConfigProblem(path, at.source(), at.line(), at.column(), message, severity),
            at.environment()));
  }
}
