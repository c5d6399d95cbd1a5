package io.solargw.gateway.runtime;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The running gateway's HTTP status server as a test reads it. */
final class RuntimeHttp {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private RuntimeHttp() {}

  /** GET {@code path} on the runtime's status server. */
  static HttpResponse<String> get(GatewayRuntime runtime, String path)
      throws IOException, InterruptedException {
    URI uri =
        URI.create("http://127.0.0.1:" + runtime.httpAddress().orElseThrow().getPort() + path);
    return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The status code of /health. */
  static int health(GatewayRuntime runtime) throws IOException, InterruptedException {
    return get(runtime, "/health").statusCode();
  }

  /** A port nobody listens on now, for {@code http.port}. */
  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
