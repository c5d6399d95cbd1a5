package io.solargw.gateway.runtime;

import io.solargw.config.Phase;
import io.solargw.gateway.poll.Availability;
import io.solargw.gateway.poll.DeviceReport;
import io.solargw.gateway.poll.ReportSink;
import io.solargw.gateway.poll.StateRegistry;
import io.solargw.gateway.stack.BatteryRack;
import io.solargw.gateway.stack.InverterStack;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recomputes the stack aggregates whenever a unit or pack reports, and puts them into the registry
 * as ordinary devices ({@code inverter-stack}, {@code battery-rack}).
 */
final class Aggregation implements ReportSink {

  private static final String PACKS = "battery-packs";

  private final StateRegistry registry;
  private final List<String> inverterIds;
  private final Map<String, Phase> phaseHints;
  private final List<String> packIds;
  private final Optional<String> canId;
  private final Clock clock;

  Aggregation(
      StateRegistry registry,
      List<String> inverterIds,
      Map<String, Phase> phaseHints,
      List<String> packIds,
      Optional<String> canId,
      Clock clock) {
    this.registry = registry;
    this.inverterIds = List.copyOf(inverterIds);
    this.phaseHints = Map.copyOf(phaseHints);
    this.packIds = List.copyOf(packIds);
    this.canId = canId;
    this.clock = clock;
  }

  @Override
  public void accept(DeviceReport report) {
    String id = report.deviceId();
    if (inverterIds.contains(id) && inverterIds.size() > 0) {
      registry.accept(
          InverterStack.aggregate(inverterIds, registry.all(), phaseHints, clock.instant()));
    } else if (id.startsWith("pack-") || canId.filter(id::equals).isPresent()) {
      Map<String, DeviceReport> latest = new LinkedHashMap<>(registry.all());
      latest.put(PACKS, packs(latest));
      registry.accept(
          BatteryRack.aggregate(List.of(PACKS), canId, latest, packIds.size(), clock.instant()));
    }
  }

  /** The fresh packs of every battery bus as one battery report with a {@code packs} list. */
  private DeviceReport packs(Map<String, DeviceReport> latest) {
    List<Object> fresh = new ArrayList<>();
    for (DeviceReport r : latest.values()) {
      if (r.deviceId().startsWith("pack-") && r.availability() == Availability.ONLINE) {
        fresh.add(r.values());
      }
    }
    Availability a = fresh.isEmpty() ? Availability.OFFLINE : Availability.ONLINE;
    return new DeviceReport(PACKS, a, clock.instant(), Map.of("packs", fresh), Optional.empty());
  }
}
