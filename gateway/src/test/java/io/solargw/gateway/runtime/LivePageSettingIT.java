package io.solargw.gateway.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.solargw.config.ConfigLoader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code http.page} turns the live page on and off; the status pages stay either way. */
class LivePageSettingIT {

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void thePageIsServedOnlyWhenEnabled(boolean page) throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String yaml =
        """
        gateway: {id: page}
        persistence: {directory: '%s'}
        mqtt: {enabled: false}
        http: {port: %d, page: %s}
        buses:
          - {name: inverters, protocol: inverter, transport: tcp, port: '127.0.0.1:1',
             inverters: [{address: 1}]}
        """
            .formatted(dir, port, page);
    try (GatewayRuntime runtime =
        new GatewayRuntime(
            ConfigLoader.load(yaml, "page.yaml", dir, Map.of()).config(), Clock.systemUTC())) {
      runtime.start();
      HttpClient client = HttpClient.newHttpClient();
      for (String path : new String[] {"/", "/live.js", "/api/live"}) {
        assertThat(status(client, port, path)).as(path).isEqualTo(page ? 200 : 404);
      }
      assertThat(status(client, port, "/health")).isEqualTo(200); // the bus is still starting
      assertThat(status(client, port, "/api/state")).isEqualTo(200);
    }
  }

  private static int status(HttpClient client, int port, String path) throws Exception {
    return client
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }
}
