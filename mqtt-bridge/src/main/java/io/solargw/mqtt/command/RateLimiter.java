package io.solargw.mqtt.command;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * At most one accepted write per key (device and setting) per minimum interval. Not thread-safe:
 * commands run on one thread.
 */
public final class RateLimiter {

  private final Duration minInterval;
  private final Map<String, Instant> last = new HashMap<>();

  /** A limiter with this interval. */
  public RateLimiter(Duration minInterval) {
    this.minInterval = minInterval;
  }

  /** How long ago the key was last written, when that is less than the interval. */
  public Optional<Duration> tooSoon(String key, Instant now) {
    Instant previous = last.get(key);
    if (previous == null) {
      return Optional.empty();
    }
    Duration since = Duration.between(previous, now);
    return since.compareTo(minInterval) < 0 ? Optional.of(since) : Optional.empty();
  }

  /** Records a write of the key at {@code now}. */
  public void record(String key, Instant now) {
    last.put(key, now);
  }

  /** The interval. */
  public Duration minInterval() {
    return minInterval;
  }
}
