package io.solargw.gateway.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A complete response of the status server.
 *
 * @param status HTTP status code
 * @param contentType the Content-Type header
 * @param body the body text (sent UTF-8)
 * @param headers extra headers ({@code Allow}, ...), in order
 */
public record HttpReply(int status, String contentType, String body, Map<String, String> headers) {

  /** JSON, UTF-8. */
  public static final String JSON = "application/json; charset=utf-8";

  /** HTML, UTF-8. */
  public static final String HTML = "text/html; charset=utf-8";

  /** Validates and copies. */
  public HttpReply {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("status must be in 100..599, got " + status);
    }
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(body, "body");
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  /** A JSON reply without extra headers. */
  public static HttpReply json(int status, String body) {
    return new HttpReply(status, JSON, body, Map.of());
  }
}
