package io.solargw.gateway.http;

import io.solargw.gateway.http.internal.NettyServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Objects;

/**
 * The read-only status server: {@code GET /health}, {@code /metrics} (Prometheus) and {@code
 * /api/state}. Not started, it costs nothing (that is how the runtime disables it). It binds to
 * loopback unless told otherwise: the LAN is opt-in.
 *
 * <pre>{@code
 * HttpStatusServer http = new HttpStatusServer(RouteTable.standard(sources));
 * InetSocketAddress bound = http.start(HttpStatusServer.loopback(8080));
 * ...
 * http.close();
 * }</pre>
 */
public final class HttpStatusServer implements AutoCloseable {

  private final RouteTable routes;
  private NettyServer server;

  /** A server for {@code routes}, not yet listening. */
  public HttpStatusServer(RouteTable routes) {
    this.routes = Objects.requireNonNull(routes, "routes");
  }

  /** {@code 127.0.0.1:port}, the default address. */
  public static InetSocketAddress loopback(int port) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be in 0..65535, got " + port);
    }
    return new InetSocketAddress("127.0.0.1", port); // an IP literal: no name lookup
  }

  /**
   * Starts listening.
   *
   * @param address where to listen; port 0 picks a free port
   * @return the bound address (with the real port)
   * @throws java.net.BindException with one line naming the port when it is in use
   * @throws IOException when the address cannot be bound for another reason
   * @throws IllegalStateException when already started
   */
  public synchronized InetSocketAddress start(InetSocketAddress address) throws IOException {
    if (server != null) {
      throw new IllegalStateException("the HTTP status server is already started");
    }
    server = NettyServer.bind(address, routes);
    return server.localAddress();
  }

  /** Stops listening and closes open connections; a no-op when not started. */
  @Override
  public synchronized void close() {
    if (server != null) {
      server.close();
      server = null;
    }
  }
}
