package io.solargw.config;

import io.solargw.config.internal.Require;
import java.time.Duration;

/**
 * The {@code poll:} section: how often devices are read.
 *
 * @param fast period of the power-flow reads, 1 s..1 h; default 5 s
 * @param slow period of settings, versions and serial numbers, {@code fast}..24 h; default 300 s
 * @param unavailableAfter failed cycles in a row before a device is published as unavailable,
 *     1..100; default 3
 * @param offlinePoll period at which an unavailable device is retried, {@code fast}..1 h; default
 *     60 s
 */
public record PollConfig(Duration fast, Duration slow, int unavailableAfter, Duration offlinePoll) {

  /** Shortest fast period, in seconds. */
  public static final int MIN_FAST_S = 1;

  /** Longest fast (and offline) period, in seconds. */
  public static final int MAX_FAST_S = 3600;

  /** Longest slow period, in seconds. */
  public static final int MAX_SLOW_S = 86_400;

  /** Most failed cycles before unavailable. */
  public static final int MAX_UNAVAILABLE_AFTER = 100;

  /** Checks the ranges and that slow and offline periods are not shorter than the fast one. */
  public PollConfig {
    Require.range("fast", fast, Duration.ofSeconds(MIN_FAST_S), Duration.ofSeconds(MAX_FAST_S));
    Require.range("slow", slow, fast, Duration.ofSeconds(MAX_SLOW_S));
    Require.range("unavailableAfter", unavailableAfter, 1, MAX_UNAVAILABLE_AFTER);
    Require.range("offlinePoll", offlinePoll, fast, Duration.ofSeconds(MAX_FAST_S));
  }
}
