package io.solargw.mqtt.payload;

import io.solargw.mqtt.Availability;
import io.solargw.mqtt.DeadbandKind;
import io.solargw.mqtt.Deadbands;
import io.solargw.mqtt.DeviceState;
import io.solargw.mqtt.UnitSuffix;
import io.solargw.mqtt.Value;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Decides when a device's state is published: on the first state, on a change beyond the deadband
 * of any value, and at least every refresh period. Each value is compared with its last PUBLISHED
 * value, not the previous poll's, so a slow drift is published once it adds up to the deadband. Not
 * thread-safe: the bridge calls it under its lock.
 */
public final class ChangeGate {

  /** Why a state is published, or not. */
  public enum Decision {
    /** First state of the device since start. */
    FIRST,
    /** A value moved beyond its deadband, a text or flag changed, or keys came or went. */
    CHANGED,
    /** The refresh period passed since the last publish. */
    REFRESH,
    /** Nothing worth publishing. */
    SKIP
  }

  private record Published(Availability availability, Map<String, Value> values, Instant at) {}

  private final Deadbands deadbands;
  private final Duration refresh;
  private final Map<String, Published> published = new HashMap<>();

  /** A gate with these deadbands and refresh period. */
  public ChangeGate(Deadbands deadbands, Duration refresh) {
    this.deadbands = Objects.requireNonNull(deadbands, "deadbands");
    this.refresh = Objects.requireNonNull(refresh, "refresh");
  }

  /** Whether the state should be published at {@code now}. */
  public Decision decide(DeviceState state, Instant now) {
    Published last = published.get(state.id());
    if (last == null) {
      return Decision.FIRST;
    }
    if (last.availability() != state.availability() || changed(last.values(), state.values())) {
      return Decision.CHANGED;
    }
    return now.isBefore(last.at().plus(refresh)) ? Decision.SKIP : Decision.REFRESH;
  }

  /** Records that the state was published at {@code now}. */
  public void published(DeviceState state, Instant now) {
    published.put(state.id(), new Published(state.availability(), state.values(), now));
  }

  /** Forgets a device (it was removed). */
  public void forget(String deviceId) {
    published.remove(deviceId);
  }

  private boolean changed(Map<String, Value> before, Map<String, Value> now) {
    if (!before.keySet().equals(now.keySet())) {
      return true;
    }
    for (Map.Entry<String, Value> entry : now.entrySet()) {
      if (changed(entry.getKey(), before.get(entry.getKey()), entry.getValue())) {
        return true;
      }
    }
    return false;
  }

  private boolean changed(String key, Value before, Value now) {
    if (before instanceof Value.Measured b && now instanceof Value.Measured n) {
      return beyond(key, b.number(), n.number());
    }
    if (before instanceof Value.Series b && now instanceof Value.Series n) {
      return beyond(key, b.numbers(), n.numbers());
    }
    return !before.equals(now);
  }

  private boolean beyond(String key, List<Double> before, List<Double> now) {
    if (before.size() != now.size()) {
      return true;
    }
    for (int i = 0; i < now.size(); i++) {
      if (beyond(key, before.get(i), now.get(i))) {
        return true;
      }
    }
    return false;
  }

  private boolean beyond(String key, double before, double now) {
    if (Double.isNaN(before) || Double.isNaN(now)) {
      return Double.isNaN(before) != Double.isNaN(now);
    }
    double band = 0;
    double scale = 1;
    UnitSuffix suffix = UnitSuffix.of(key).orElse(null);
    if (suffix != null) {
      band = deadbands.of(suffix.deadbandKind());
      scale = suffix.toDeadbandUnit();
    }
    if (band == 0 || suffix == null || suffix.deadbandKind() == DeadbandKind.NONE) {
      return before != now;
    }
    // a tiny epsilon so that 53.10 -> 53.15 with a 0.05 V band counts despite binary rounding
    return Math.abs(now - before) * scale >= band - 1e-9;
  }
}
