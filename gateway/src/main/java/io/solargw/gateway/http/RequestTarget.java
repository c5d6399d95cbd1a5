package io.solargw.gateway.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The decoded target of a request.
 *
 * @param path the path without the query ({@code /api/state})
 * @param query decoded query parameters, in order
 */
public record RequestTarget(String path, Map<String, List<String>> query) {

  /** Copies the parameters. */
  public RequestTarget {
    Objects.requireNonNull(path, "path");
    Map<String, List<String>> copy = new LinkedHashMap<>();
    query.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    query = Collections.unmodifiableMap(copy);
  }
}
