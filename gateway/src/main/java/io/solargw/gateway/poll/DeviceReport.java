package io.solargw.gateway.poll;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a poller hands on after each cycle of one device.
 *
 * @param deviceId e.g. {@code inverter-1}
 * @param availability fresh, stale or offline
 * @param at when the cycle ended
 * @param values the decoded values as an ordered JSON tree (units in names), empty when the device
 *     never answered; for a stale or offline device these are the LAST values, not fresh ones
 * @param problem the last problem seen this cycle (timeout, bad frame...), or empty
 */
public record DeviceReport(
    String deviceId,
    Availability availability,
    Instant at,
    Map<String, Object> values,
    Optional<String> problem) {

  public DeviceReport {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }
}
