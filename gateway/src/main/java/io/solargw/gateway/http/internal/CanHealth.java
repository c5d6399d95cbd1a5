package io.solargw.gateway.http.internal;

import io.solargw.gateway.http.CanView;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Whether one CAN source is alive: its last frame is at most its silence limit old (the silence
 * after which its rack is reported offline). A source that has sent nothing yet is {@code STARTING}
 * for one silence limit after monitoring started.
 *
 * @param view the source
 * @param state ok, starting or failing
 * @param lastFrame wall time of the last frame, if any
 * @param age how old the last frame is, if any
 * @param failingSince when the source became unhealthy, for a failing one
 */
public record CanHealth(
    CanView view,
    BusHealth.State state,
    Optional<Instant> lastFrame,
    Optional<Duration> age,
    Optional<Instant> failingSince) {

  /** Judges {@code view} now; {@code startNanos} is when monitoring started. */
  public static CanHealth judge(CanView view, Instant now, long nowNanos, long startNanos) {
    Freshness f =
        Freshness.judge(view.silenceLimit(), view.lastFrameNanos(), now, nowNanos, startNanos);
    return new CanHealth(view, f.state(), f.last(), f.age(), f.failingSince());
  }

  /** True unless failing. */
  public boolean healthy() {
    return state != BusHealth.State.FAILING;
  }

  /** The source's entry in the /health body. */
  public Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("bus", view.bus());
    m.put("status", state.name().toLowerCase(Locale.ROOT));
    m.put("link_up", view.linkUp());
    m.put("silence_limit_s", BusHealth.seconds(view.silenceLimit()));
    m.put("frames", view.counters().frames());
    m.put("last_frame", lastFrame.map(BusHealth::text).orElse(null));
    m.put("last_frame_age_s", age.map(BusHealth::seconds).orElse(null));
    if (state == BusHealth.State.FAILING) {
      m.put("failing_since", failingSince.map(BusHealth::text).orElse(null));
    }
    return m;
  }
}
