package io.solargw.gateway.poll;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The latest report of every device, kept for the HTTP state page, health checks and aggregation.
 * Pollers write from their bus threads; readers get consistent copies. Listeners (MQTT, the live
 * web page) are told about every new report.
 */
public final class StateRegistry implements ReportSink {

  private final Map<String, DeviceReport> latest = new ConcurrentHashMap<>();
  private final List<ReportSink> listeners = new CopyOnWriteArrayList<>();

  @Override
  public void accept(DeviceReport report) {
    latest.put(report.deviceId(), report);
    for (ReportSink l : listeners) {
      l.accept(report);
    }
  }

  /** Adds a listener told about every report after this call. */
  public void addListener(ReportSink listener) {
    listeners.add(listener);
  }

  /** The latest report of {@code deviceId}. */
  public Optional<DeviceReport> get(String deviceId) {
    return Optional.ofNullable(latest.get(deviceId));
  }

  /** A copy of every latest report, sorted by device id. */
  public Map<String, DeviceReport> all() {
    Map<String, DeviceReport> copy = new LinkedHashMap<>();
    latest.keySet().stream().sorted().forEach(k -> copy.put(k, latest.get(k)));
    return Collections.unmodifiableMap(copy);
  }
}
