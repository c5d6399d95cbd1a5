package io.solargw.gateway.http;

import io.solargw.gateway.poll.DeviceReport;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Everything the status pages read, as suppliers the runtime wires in. Each supplier is called on
 * the HTTP thread once per request and must return a consistent copy quickly (never block on a
 * bus).
 *
 * @param reports latest report per device id, aggregates included, in display order
 * @param buses the current view of every polled bus
 * @param canBuses the current view of every CAN source
 * @param mqtt the MQTT bridge's counters, empty when MQTT is not configured
 * @param healthyWithin a bus is healthy while its last answer is at most this many poll intervals
 *     old (1..1000)
 * @param clock wall clock for timestamps in responses
 * @param nanoTime the monotonic clock the bus workers use ({@code System::nanoTime})
 */
public record StatusSources(
    Supplier<Map<String, DeviceReport>> reports,
    Supplier<List<BusView>> buses,
    Supplier<List<CanView>> canBuses,
    Optional<MqttMetrics> mqtt,
    int healthyWithin,
    Clock clock,
    LongSupplier nanoTime) {

  /** Validates. */
  public StatusSources {
    Objects.requireNonNull(reports, "reports");
    Objects.requireNonNull(buses, "buses");
    Objects.requireNonNull(canBuses, "canBuses");
    Objects.requireNonNull(mqtt, "mqtt");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(nanoTime, "nanoTime");
    if (healthyWithin < 1 || healthyWithin > 1000) {
      throw new IllegalArgumentException("healthyWithin must be in 1..1000, got " + healthyWithin);
    }
  }

  /** Sources without CAN buses. */
  public StatusSources(
      Supplier<Map<String, DeviceReport>> reports,
      Supplier<List<BusView>> buses,
      Optional<MqttMetrics> mqtt,
      int healthyWithin,
      Clock clock,
      LongSupplier nanoTime) {
    this(reports, buses, List::of, mqtt, healthyWithin, clock, nanoTime);
  }

  /** Sources without CAN buses, on the system clocks. */
  public static StatusSources of(
      Supplier<Map<String, DeviceReport>> reports,
      Supplier<List<BusView>> buses,
      Optional<MqttMetrics> mqtt,
      int healthyWithin) {
    return of(reports, buses, List::of, mqtt, healthyWithin);
  }

  /** Sources on the system clocks. */
  public static StatusSources of(
      Supplier<Map<String, DeviceReport>> reports,
      Supplier<List<BusView>> buses,
      Supplier<List<CanView>> canBuses,
      Optional<MqttMetrics> mqtt,
      int healthyWithin) {
    return new StatusSources(
        reports, buses, canBuses, mqtt, healthyWithin, Clock.systemUTC(), System::nanoTime);
  }
}
