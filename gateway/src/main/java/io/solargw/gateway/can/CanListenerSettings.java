package io.solargw.gateway.can;

import io.solargw.gateway.poll.PollSchedule;
import java.time.Duration;
import java.util.Objects;

/**
 * How a CAN listener reports one battery rack.
 *
 * @param deviceId the rack's device id in reports, e.g. {@code battery-can}
 * @param reportPeriod at most one report per period, sent when a full frame set has arrived; 0
 *     sends one per frame set (about once a second); 0..1 h
 * @param staleAfter silence (no battery frame) after which the rack is {@code STALE}; also the age
 *     after which one frame id's values are left out of an {@code ONLINE} report; 100 ms..10 min
 * @param offlineAfter silence after which the rack is {@code OFFLINE}; at least {@code staleAfter}
 */
public record CanListenerSettings(
    String deviceId, Duration reportPeriod, Duration staleAfter, Duration offlineAfter) {

  /** Checks the ranges. */
  public CanListenerSettings {
    Objects.requireNonNull(deviceId, "deviceId");
    if (deviceId.isBlank()) {
      throw new IllegalArgumentException("deviceId must not be blank");
    }
    if (reportPeriod.isNegative() || reportPeriod.compareTo(Duration.ofHours(1)) > 0) {
      throw new IllegalArgumentException("reportPeriod must be in 0..1 h, got " + reportPeriod);
    }
    if (staleAfter.toMillis() < 100 || staleAfter.compareTo(Duration.ofMinutes(10)) > 0) {
      throw new IllegalArgumentException("staleAfter must be in 100 ms..10 min, got " + staleAfter);
    }
    if (offlineAfter.compareTo(staleAfter) < 0) {
      throw new IllegalArgumentException(
          "offlineAfter must be >= staleAfter " + staleAfter + ", got " + offlineAfter);
    }
  }

  /**
   * The settings a configured CAN bus implies: reports at the fast poll rate, stale after the bus's
   * silence timeout ({@code timeout_ms}, default 3 s), offline after {@code unavailable_after} such
   * timeouts.
   *
   * @param deviceId e.g. {@code battery-can}
   * @param silenceTimeout the CAN bus's {@code timing().timeout()}
   * @param schedule the gateway's poll schedule
   */
  public static CanListenerSettings of(
      String deviceId, Duration silenceTimeout, PollSchedule schedule) {
    return new CanListenerSettings(
        deviceId,
        schedule.fast(),
        silenceTimeout,
        silenceTimeout.multipliedBy(schedule.unavailableAfter()));
  }
}
