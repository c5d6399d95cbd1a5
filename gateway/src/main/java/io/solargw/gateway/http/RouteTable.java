package io.solargw.gateway.http;

import io.solargw.gateway.http.internal.HealthPage;
import io.solargw.gateway.http.internal.JsonText;
import io.solargw.gateway.http.internal.MetricsPage;
import io.solargw.gateway.http.internal.StatePage;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which path answers what. The status server is read-only: every route answers GET; any other
 * method gets 405, an unknown path 404, both as JSON. Immutable; {@link #with} adds a route (the
 * live page of a later issue adds its own).
 */
public final class RouteTable {

  private static final Pattern PATH = Pattern.compile("/[A-Za-z0-9._~/-]*");

  private final Map<String, HttpRoute> routes;

  private RouteTable(Map<String, HttpRoute> routes) {
    this.routes = Collections.unmodifiableMap(new LinkedHashMap<>(routes));
  }

  /** A table without routes. */
  public static RouteTable empty() {
    return new RouteTable(Map.of());
  }

  /** {@code /health}, {@code /metrics} and {@code /api/state} over {@code sources}. */
  public static RouteTable standard(StatusSources sources) {
    HealthPage health = new HealthPage(sources);
    return empty()
        .with("/health", t -> health.reply())
        .with("/metrics", t -> new MetricsPage(sources, health).reply())
        .with("/api/state", t -> StatePage.reply(sources));
  }

  /** This table plus {@code route} at {@code path} (exact match, e.g. {@code /events}). */
  public RouteTable with(String path, HttpRoute route) {
    if (!PATH.matcher(path).matches()) {
      throw new IllegalArgumentException("path must start with / and be plain, got '" + path + "'");
    }
    if (routes.containsKey(path)) {
      throw new IllegalArgumentException("path " + path + " already has a route");
    }
    Map<String, HttpRoute> copy = new LinkedHashMap<>(routes);
    copy.put(path, Objects.requireNonNull(route, "route"));
    return new RouteTable(copy);
  }

  /** The paths served, in the order added. */
  public Set<String> paths() {
    return routes.keySet();
  }

  /** The reply to {@code method} on {@code target}: the route's, or 405 / 404. */
  public HttpReply dispatch(String method, RequestTarget target) {
    if (!"GET".equals(method)) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("error", "method not allowed");
      body.put("method", method);
      body.put("allowed", List.of("GET"));
      return new HttpReply(405, HttpReply.JSON, JsonText.of(body), Map.of("Allow", "GET"));
    }
    HttpRoute route = routes.get(target.path());
    if (route == null) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("error", "not found");
      body.put("path", target.path());
      body.put("routes", List.copyOf(routes.keySet()));
      return HttpReply.json(404, JsonText.of(body));
    }
    return route.get(target);
  }
}
