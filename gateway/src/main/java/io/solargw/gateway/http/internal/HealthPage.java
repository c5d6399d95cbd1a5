package io.solargw.gateway.http.internal;

import io.solargw.gateway.http.BusView;
import io.solargw.gateway.http.CanView;
import io.solargw.gateway.http.HttpReply;
import io.solargw.gateway.http.StatusSources;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /health}: 200 when every polled bus answered within N poll intervals and every CAN
 * source sent a frame within its silence limit (or is still starting), 503 otherwise; the body says
 * which bus is fine and which is not, and since when.
 */
public final class HealthPage {

  private final StatusSources sources;
  private final long startNanos;

  /** Monitoring starts now (the grace period of buses that never answered counts from here). */
  public HealthPage(StatusSources sources) {
    this.sources = sources;
    this.startNanos = sources.nanoTime().getAsLong();
  }

  /** Every bus judged now. */
  public List<BusHealth> judgeAll() {
    Instant now = sources.clock().instant();
    long nowNanos = sources.nanoTime().getAsLong();
    List<BusHealth> out = new ArrayList<>();
    for (BusView b : sources.buses().get()) {
      out.add(BusHealth.judge(b, sources.healthyWithin(), now, nowNanos, startNanos));
    }
    return out;
  }

  /** Every CAN source judged now. */
  public List<CanHealth> judgeCan() {
    Instant now = sources.clock().instant();
    long nowNanos = sources.nanoTime().getAsLong();
    List<CanHealth> out = new ArrayList<>();
    for (CanView c : sources.canBuses().get()) {
      out.add(CanHealth.judge(c, now, nowNanos, startNanos));
    }
    return out;
  }

  /** The /health reply. */
  public HttpReply reply() {
    List<BusHealth> buses = judgeAll();
    List<CanHealth> can = judgeCan();
    boolean ok =
        buses.stream().allMatch(BusHealth::healthy) && can.stream().allMatch(CanHealth::healthy);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", ok ? "ok" : "failing");
    body.put("checked_at", sources.clock().instant().toString());
    body.put("healthy_within_intervals", sources.healthyWithin());
    body.put("buses", buses.stream().map(BusHealth::toJson).toList());
    if (!can.isEmpty()) {
      body.put("can_buses", can.stream().map(CanHealth::toJson).toList());
    }
    return HttpReply.json(ok ? 200 : 503, JsonText.of(body));
  }
}
