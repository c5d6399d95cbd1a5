package io.solargw.gateway.badinput;

/**
 * The seed of every random generator of the bad-input sweep: fixed by default so a run can be
 * repeated, {@code -Dbadinput.seed=N} to try others. Failures name it.
 */
final class Seeds {

  private Seeds() {}

  static long seed() {
    return Long.getLong("badinput.seed", 20_261_124L);
  }
}
