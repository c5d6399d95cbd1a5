package io.solargw.gateway.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Keep-alive and request limits, over a raw socket so nothing in between hides them. */
class HttpConnectionTest {

  record Reply(int status, Map<String, String> headers, String body) {}

  HttpStatusServer server;
  InetSocketAddress address;

  @BeforeEach
  void start() throws IOException {
    RouteTable routes =
        RouteTable.empty()
            .with("/ping", t -> HttpReply.json(200, "{}\n"))
            .with(
                "/boom",
                t -> {
                  throw new IllegalStateException("a bug in a route (expected by the test)");
                });
    server = new HttpStatusServer(routes);
    address = server.start(HttpStatusServer.loopback(0));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void oneConnectionCarriesSeveralRequests() throws IOException {
    try (Socket s = connect()) {
      send(s, "GET /ping HTTP/1.1\r\nHost: x\r\n\r\n");
      assertThat(read(s.getInputStream()).status()).isEqualTo(200);
      send(s, "GET /other HTTP/1.1\r\nHost: x\r\n\r\n");
      assertThat(read(s.getInputStream()).status()).isEqualTo(404);
    }
  }

  @Test
  void aFailingRouteIs500AndTheConnectionLives() throws IOException {
    try (Socket s = connect()) {
      send(s, "GET /boom HTTP/1.1\r\nHost: x\r\n\r\n");
      Reply r = read(s.getInputStream());
      assertThat(r.status()).isEqualTo(500);
      assertThat(r.body()).contains("internal error");
      send(s, "GET /ping HTTP/1.1\r\nHost: x\r\n\r\n");
      assertThat(read(s.getInputStream()).status()).isEqualTo(200);
    }
  }

  @Test
  void connectionCloseIsHonoured() throws IOException {
    try (Socket s = connect()) {
      send(s, "GET /ping HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
      Reply r = read(s.getInputStream());
      assertThat(r.headers()).containsEntry("connection", "close");
      assertThat(s.getInputStream().read()).isEqualTo(-1);
    }
  }

  @Test
  void anOverlongRequestLineIs414() throws IOException {
    try (Socket s = connect()) {
      send(s, "GET /" + "a".repeat(5000) + " HTTP/1.1\r\nHost: x\r\n\r\n");
      assertThat(read(s.getInputStream()).status()).isEqualTo(414);
    }
  }

  @Test
  void oversizedHeadersAre431() throws IOException {
    try (Socket s = connect()) {
      send(s, "GET /ping HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(10_000) + "\r\n\r\n");
      assertThat(read(s.getInputStream()).status()).isEqualTo(431);
    }
  }

  @Test
  void anOversizedBodyIs413() throws IOException {
    try (Socket s = connect()) {
      send(s, "POST /ping HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n");
      assertThat(read(s.getInputStream()).status()).isEqualTo(413);
    }
  }

  @Test
  void garbageIs400() throws IOException {
    try (Socket s = connect()) {
      send(s, "NOT HTTP AT ALL\r\n\r\n");
      assertThat(read(s.getInputStream()).status()).isEqualTo(400);
    }
  }

  private Socket connect() throws IOException {
    Socket s = new Socket(address.getAddress(), address.getPort());
    s.setSoTimeout(5000);
    return s;
  }

  private static void send(Socket s, String text) throws IOException {
    s.getOutputStream().write(text.getBytes(StandardCharsets.US_ASCII));
    s.getOutputStream().flush();
  }

  /** One response: status line, headers (lower-case names), Content-Length bytes of body. */
  private static Reply read(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("connection closed in the headers: " + head);
      }
      head.write(b);
    }
    String[] lines = head.toString(StandardCharsets.US_ASCII).split("\r\n");
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(
          lines[i].substring(0, colon).toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).trim());
    }
    int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
    String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
    return new Reply(Integer.parseInt(lines[0].split(" ")[1]), headers, body);
  }
}
