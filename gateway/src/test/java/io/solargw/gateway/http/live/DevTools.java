package io.solargw.gateway.http.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A minimal Chrome DevTools protocol client over {@link java.net.http.WebSocket}: commands with
 * their answers, and every event kept for the test to inspect. Enough to drive one page; no
 * Selenium, no driver binary.
 */
final class DevTools implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<JsonNode> events = new CopyOnWriteArrayList<>();

  private DevTools(HttpClient http, URI target) throws Exception {
    socket =
        http.newWebSocketBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .buildAsync(target, new Listener())
            .get(10, TimeUnit.SECONDS);
  }

  /** Connects to a page target's {@code webSocketDebuggerUrl}. */
  static DevTools connect(HttpClient http, URI target) throws Exception {
    return new DevTools(http, target);
  }

  /** Sends {@code method} and waits for its result; a protocol error is an AssertionError. */
  JsonNode call(String method, Map<String, ?> params) throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode msg = JSON.createObjectNode().put("id", id).put("method", method);
    msg.set("params", JSON.valueToTree(params));
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    pending.put(id, answer);
    socket.sendText(JSON.writeValueAsString(msg), true).get(10, TimeUnit.SECONDS);
    JsonNode r = answer.get(20, TimeUnit.SECONDS);
    if (r.has("error")) {
      throw new AssertionError(method + " failed: " + r.get("error"));
    }
    return r.get("result");
  }

  /** The value of a JavaScript expression in the page; an exception in it is an AssertionError. */
  JsonNode eval(String expression) throws Exception {
    JsonNode r = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
    if (r.has("exceptionDetails")) {
      throw new AssertionError("page script failed: " + r.get("exceptionDetails"));
    }
    return r.path("result").path("value");
  }

  /** Every event received so far with this method name. */
  List<JsonNode> events(String method) {
    return events.stream().filter(e -> method.equals(e.path("method").asText())).toList();
  }

  @Override
  public void close() {
    socket.abort();
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        try {
          JsonNode msg = JSON.readTree(partial.toString());
          if (msg.has("id")) {
            CompletableFuture<JsonNode> f = pending.remove(msg.get("id").asInt());
            if (f != null) {
              f.complete(msg);
            }
          } else {
            events.add(msg);
          }
        } catch (Exception e) {
          events.add(JSON.createObjectNode().put("method", "unparsable").put("text", e.toString()));
        }
        partial.setLength(0);
      }
      ws.request(1);
      return null;
    }
  }
}
