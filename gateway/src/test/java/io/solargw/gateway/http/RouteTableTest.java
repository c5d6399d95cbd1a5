package io.solargw.gateway.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RouteTableTest {

  private static final RequestTarget PING = new RequestTarget("/ping", Map.of());

  @Test
  void routesAnswerGetOnly() {
    RouteTable t = RouteTable.empty().with("/ping", x -> HttpReply.json(200, "{}"));
    assertThat(t.dispatch("GET", PING).status()).isEqualTo(200);
    HttpReply head = t.dispatch("HEAD", PING);
    assertThat(head.status()).isEqualTo(405);
    assertThat(head.headers()).containsEntry("Allow", "GET");
    assertThat(t.dispatch("GET", new RequestTarget("/pong", Map.of())).status()).isEqualTo(404);
  }

  @Test
  void aRouteIsAddedOncePerPlainPath() {
    RouteTable t = RouteTable.empty().with("/events", x -> HttpReply.json(200, "{}"));
    assertThat(t.paths()).containsExactly("/events");
    assertThatThrownBy(() -> t.with("/events", x -> HttpReply.json(200, "{}")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("path /events already has a route");
    assertThatThrownBy(() -> t.with("events?x", x -> HttpReply.json(200, "{}")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("path must start with /");
  }

  @Test
  void aStreamSharesThePathSpaceAndIsListedAfterThePages() {
    StreamRoute stream =
        new StreamRoute() {
          @Override
          public boolean open(EventSink client) {
            return true;
          }

          @Override
          public void tick() {}

          @Override
          public java.time.Duration tickEvery() {
            return java.time.Duration.ofSeconds(1);
          }
        };
    RouteTable t =
        RouteTable.empty()
            .withStream("/api/events", stream)
            .with("/ping", x -> HttpReply.json(200, "{}"));
    assertThat(t.paths()).containsExactly("/ping", "/api/events");
    assertThat(t.stream("/api/events")).contains(stream);
    assertThat(t.stream("/ping")).isEmpty();
    assertThat(t.streams()).containsExactly(stream);
    assertThatThrownBy(() -> t.with("/api/events", x -> HttpReply.json(200, "{}")))
        .hasMessage("path /api/events already has a route");
    assertThatThrownBy(() -> t.withStream("/ping", stream))
        .hasMessage("path /ping already has a route");
    assertThat(t.dispatch("GET", new RequestTarget("/nope", Map.of())).body())
        .contains("\"/ping\", \"/api/events\"");
  }

  @Test
  void standardRoutesAreTheThreePages() {
    StatusSources s = StatusSources.of(Map::of, List::of, Optional.empty(), 3);
    assertThat(RouteTable.standard(s).paths()).containsExactly("/health", "/metrics", "/api/state");
    assertThatThrownBy(() -> StatusSources.of(Map::of, List::of, Optional.empty(), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("healthyWithin must be in 1..1000, got 0");
  }
}
