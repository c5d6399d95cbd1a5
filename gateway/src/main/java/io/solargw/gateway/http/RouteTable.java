package io.solargw.gateway.http;

import io.solargw.gateway.http.internal.HealthPage;
import io.solargw.gateway.http.internal.JsonText;
import io.solargw.gateway.http.internal.MetricsPage;
import io.solargw.gateway.http.internal.StatePage;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which path answers what. The status server is read-only: every route answers GET; any other
 * method gets 405, an unknown path 404, both as JSON. Immutable; {@link #with} adds a route, {@link
 * #withStream} an event stream (the live page's).
 */
public final class RouteTable {

  private static final Pattern PATH = Pattern.compile("/[A-Za-z0-9._~/-]*");

  private final Map<String, HttpRoute> routes;
  private final Map<String, StreamRoute> streams;

  private RouteTable(Map<String, HttpRoute> routes, Map<String, StreamRoute> streams) {
    this.routes = Collections.unmodifiableMap(new LinkedHashMap<>(routes));
    this.streams = Collections.unmodifiableMap(new LinkedHashMap<>(streams));
  }

  /** A table without routes. */
  public static RouteTable empty() {
    return new RouteTable(Map.of(), Map.of());
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
    checkNew(path);
    Map<String, HttpRoute> copy = new LinkedHashMap<>(routes);
    copy.put(path, Objects.requireNonNull(route, "route"));
    return new RouteTable(copy, streams);
  }

  /** This table plus an event stream at {@code path} (exact match, e.g. {@code /api/events}). */
  public RouteTable withStream(String path, StreamRoute stream) {
    checkNew(path);
    Map<String, StreamRoute> copy = new LinkedHashMap<>(streams);
    copy.put(path, Objects.requireNonNull(stream, "stream"));
    return new RouteTable(routes, copy);
  }

  private void checkNew(String path) {
    if (!PATH.matcher(path).matches()) {
      throw new IllegalArgumentException("path must start with / and be plain, got '" + path + "'");
    }
    if (routes.containsKey(path) || streams.containsKey(path)) {
      throw new IllegalArgumentException("path " + path + " already has a route");
    }
  }

  /** The paths served, pages first, then streams, each in the order added. */
  public Set<String> paths() {
    Set<String> all = new LinkedHashSet<>(routes.keySet());
    all.addAll(streams.keySet());
    return Collections.unmodifiableSet(all);
  }

  /** The event stream at {@code path}, if that path is one. */
  public Optional<StreamRoute> stream(String path) {
    return Optional.ofNullable(streams.get(path));
  }

  /** Every event stream (the server ticks them). */
  public Collection<StreamRoute> streams() {
    return streams.values();
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
      body.put("routes", List.copyOf(paths()));
      return HttpReply.json(404, JsonText.of(body));
    }
    return route.get(target);
  }
}
