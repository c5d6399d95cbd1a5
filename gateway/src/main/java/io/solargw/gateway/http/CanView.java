package io.solargw.gateway.http;

import io.solargw.gateway.can.CanCounters;
import io.solargw.gateway.can.CanListener;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One CAN source (SLCAN adapter, SocketCAN interface, candump replay) as the status pages see it at
 * one instant. A CAN bus is listened to, not polled: it is healthy while frames keep coming.
 *
 * @param bus bus name
 * @param silenceLimit how long the source may stay silent before /health fails: the silence after
 *     which the rack it carries is reported offline
 * @param linkUp whether the source (adapter, interface, connection) is open
 * @param lastFrameNanos {@code System.nanoTime()} of the last frame received, if any
 * @param counters frames, bad lines, decode errors, link failures
 */
public record CanView(
    String bus,
    Duration silenceLimit,
    boolean linkUp,
    OptionalLong lastFrameNanos,
    CanCounters.Snapshot counters) {

  /** Validates. */
  public CanView {
    Objects.requireNonNull(bus, "bus");
    Objects.requireNonNull(lastFrameNanos, "lastFrameNanos");
    Objects.requireNonNull(counters, "counters");
    if (silenceLimit.isNegative() || silenceLimit.isZero()) {
      throw new IllegalArgumentException("silenceLimit must be positive, got " + silenceLimit);
    }
  }

  /** The current view of a running listener. */
  public static CanView of(CanListener listener) {
    long last = listener.lastFrameNanos();
    return new CanView(
        listener.busName(),
        listener.silenceLimit(),
        listener.linkUp(),
        last == 0 ? OptionalLong.empty() : OptionalLong.of(last),
        listener.counters().snapshot());
  }
}
