package io.solargw.gateway.http.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How old a bus's last sign of life is (a device's answer, a CAN frame) against a threshold. A bus
 * with no sign of life yet is {@code STARTING} (healthy) for one threshold after monitoring
 * started, so a container is not restarted while its first slow poll is still running.
 *
 * @param state ok, starting or failing
 * @param last wall time of the last sign of life, if any
 * @param age how old it is, if any
 * @param failingSince when the bus became unhealthy, for a failing bus
 */
record Freshness(
    BusHealth.State state,
    Optional<Instant> last,
    Optional<Duration> age,
    Optional<Instant> failingSince) {

  /**
   * Judges {@code lastNanos} against {@code threshold} at wall time {@code now} / monotonic {@code
   * nowNanos}; {@code startNanos} is when monitoring started.
   */
  static Freshness judge(
      Duration threshold, OptionalLong lastNanos, Instant now, long nowNanos, long startNanos) {
    if (lastNanos.isPresent()) {
      Duration age = Duration.ofNanos(Math.max(0, nowNanos - lastNanos.getAsLong()));
      Instant last = now.minus(age);
      boolean ok = age.compareTo(threshold) <= 0;
      return new Freshness(
          ok ? BusHealth.State.OK : BusHealth.State.FAILING,
          Optional.of(last),
          Optional.of(age),
          ok ? Optional.empty() : Optional.of(last.plus(threshold)));
    }
    Duration running = Duration.ofNanos(Math.max(0, nowNanos - startNanos));
    boolean starting = running.compareTo(threshold) <= 0;
    return new Freshness(
        starting ? BusHealth.State.STARTING : BusHealth.State.FAILING,
        Optional.empty(),
        Optional.empty(),
        starting ? Optional.empty() : Optional.of(now.minus(running).plus(threshold)));
  }
}
