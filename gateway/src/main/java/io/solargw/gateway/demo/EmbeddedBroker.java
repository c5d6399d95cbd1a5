package io.solargw.gateway.demo;

import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Properties;

/**
 * The demo's MQTT broker: Moquette (MQTT 3.1.1) in-process, on 127.0.0.1 only, in memory, with
 * telemetry switched off. The only class that touches Moquette. Real deployments and the tests use
 * Mosquitto.
 */
public final class EmbeddedBroker implements AutoCloseable {

  private final int port;
  private Server server;

  /** A broker that will listen on 127.0.0.1:{@code port}. */
  public EmbeddedBroker(int port) {
    this.port = port;
  }

  /** Starts it; a port in use is an {@link IOException} naming the port. */
  public void start() throws IOException {
    try (ServerSocket probe = new ServerSocket()) {
      probe.bind(new InetSocketAddress("127.0.0.1", port));
    } catch (BindException e) {
      throw new IOException("port " + port + " is already in use", e);
    }
    Properties p = new Properties();
    p.setProperty("host", "127.0.0.1");
    p.setProperty("port", Integer.toString(port));
    p.setProperty("allow_anonymous", "true");
    p.setProperty("telemetry_enabled", "false");
    p.setProperty("persistence_enabled", "false");
    p.setProperty("websocket_port", "disabled");
    // Home Assistant discovery payloads of a 16-cell pack are ~20 KB; Moquette's default is 8 KB.
    p.setProperty("netty.mqtt.message_size", "1048576");
    // mosquitto_sub and many tools connect with an empty client id and let the broker pick one.
    p.setProperty("allow_zero_byte_client_id", "true");
    Server s = new Server();
    s.startServer(new MemoryConfig(p));
    server = s;
  }

  /** tcp://127.0.0.1:port */
  public String url() {
    return "tcp://127.0.0.1:" + port;
  }

  @Override
  public void close() {
    if (server != null) {
      server.stopServer();
      server = null;
    }
  }
}
