package io.solargw.config.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean ...?" for misspelled keys, keywords and variable names. */
public final class Suggestions {

  private Suggestions() {}

  /**
   * The candidate closest to {@code input}, if it is close enough to be a likely typo: compared
   * ignoring case, {@code _} and {@code -} ({@code timeoutMs} finds {@code timeout_ms}), within an
   * edit distance of a third of the input's length (at least 1, at most 3).
   */
  public static Optional<String> closest(String input, Collection<String> candidates) {
    String wanted = fold(input);
    int limit = Math.min(3, Math.max(1, wanted.length() / 3));
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      String folded = fold(candidate);
      if (Math.abs(folded.length() - wanted.length()) > limit) {
        continue;
      }
      int distance = distance(wanted, folded);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return bestDistance <= limit ? Optional.ofNullable(best) : Optional.empty();
  }

  /** {@code "; did you mean 'x'?"} or "" when nothing is close. */
  public static String didYouMean(String input, Collection<String> candidates) {
    return closest(input, candidates).map(c -> "; did you mean '" + c + "'?").orElse("");
  }

  private static String fold(String text) {
    return text.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
  }

  /**
   * Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of two
   * neighbours ({@code prot} to {@code port}) each count 1.
   */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
