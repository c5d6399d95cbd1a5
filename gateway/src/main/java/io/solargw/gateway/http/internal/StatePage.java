package io.solargw.gateway.http.internal;

import io.solargw.gateway.http.HttpReply;
import io.solargw.gateway.http.StatusSources;
import io.solargw.gateway.poll.DeviceReport;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code GET /api/state}: the latest report of every device and aggregate, with availability and
 * ISO-8601 timestamps.
 */
public final class StatePage {

  private StatePage() {}

  /** The /api/state reply. */
  public static HttpReply reply(StatusSources sources) {
    Map<String, Object> devices = new LinkedHashMap<>();
    sources.reports().get().forEach((id, r) -> devices.put(id, device(r)));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("generated_at", sources.clock().instant().toString());
    body.put("devices", devices);
    return HttpReply.json(200, JsonText.of(body));
  }

  /** One device: {@code {availability, at, problem, values}}. */
  static Map<String, Object> device(DeviceReport r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("availability", r.availability().name().toLowerCase(Locale.ROOT));
    m.put("at", r.at().toString());
    m.put("problem", r.problem().orElse(null));
    m.put("values", r.values());
    return m;
  }
}
