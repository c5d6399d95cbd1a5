package io.solargw.gateway.http.internal;

import io.solargw.gateway.http.BusView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Whether one bus answered recently: its last successful poll is at most N poll intervals old (see
 * {@link Freshness} for a bus that has not answered yet).
 *
 * @param view the bus
 * @param state ok, starting or failing
 * @param threshold N poll intervals
 * @param lastSuccess wall time of the last answer, if any
 * @param age how old the last answer is, if any
 * @param failingSince when the bus became unhealthy, for a failing bus
 */
public record BusHealth(
    BusView view,
    BusHealth.State state,
    Duration threshold,
    Optional<Instant> lastSuccess,
    Optional<Duration> age,
    Optional<Instant> failingSince) {

  /** The three states; only FAILING makes /health answer 503. */
  public enum State {
    OK,
    STARTING,
    FAILING
  }

  /**
   * Judges {@code view} at wall time {@code now} / monotonic {@code nowNanos}; {@code startNanos}
   * is when monitoring started.
   */
  public static BusHealth judge(
      BusView view, int intervals, Instant now, long nowNanos, long startNanos) {
    Duration threshold = view.pollInterval().multipliedBy(intervals);
    Freshness f = Freshness.judge(threshold, view.lastSuccessNanos(), now, nowNanos, startNanos);
    return new BusHealth(view, f.state(), threshold, f.last(), f.age(), f.failingSince());
  }

  /** True unless failing. */
  public boolean healthy() {
    return state != State.FAILING;
  }

  /** The bus's entry in the /health body. */
  public Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("bus", view.bus());
    m.put("status", state.name().toLowerCase(Locale.ROOT));
    m.put("link_up", view.linkUp());
    m.put("poll_interval_s", seconds(view.pollInterval()));
    m.put("threshold_s", seconds(threshold));
    m.put("last_success", lastSuccess.map(BusHealth::text).orElse(null));
    m.put("last_success_age_s", age.map(BusHealth::seconds).orElse(null));
    if (state == State.FAILING) {
      m.put("failing_since", failingSince.map(BusHealth::text).orElse(null));
    }
    return m;
  }

  /** ISO-8601 to the millisecond: the nanoseconds of a monotonic clock are noise here. */
  static String text(Instant t) {
    return t.truncatedTo(ChronoUnit.MILLIS).toString();
  }

  /** Seconds with millisecond precision. */
  static BigDecimal seconds(Duration d) {
    return BigDecimal.valueOf(d.toMillis(), 3).setScale(3, RoundingMode.HALF_UP);
  }
}
