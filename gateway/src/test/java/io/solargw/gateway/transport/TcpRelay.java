package io.solargw.gateway.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback TCP relay in front of a server, on a port that stays the same across {@link #stop} and
 * {@link #start}: stopping drops every connection like a gateway that reboots, which a server
 * library's own "stop" does not always do.
 */
public final class TcpRelay implements AutoCloseable {

  /** The port clients connect to. */
  public final int port;

  private final int targetPort;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private volatile ServerSocket server;
  private volatile Thread acceptor;

  /** A relay to {@code 127.0.0.1:targetPort}, listening at once. */
  public TcpRelay(int targetPort) throws IOException {
    this.targetPort = targetPort;
    port = portBelowEphemeralRange();
    start();
  }

  /**
   * A free port below Linux's ephemeral range (32768+). With an ephemeral port, a client's connect
   * to it after {@link #stop()} can pick that same port as its source and connect to itself (TCP
   * simultaneous open), so "nothing listens" would sometimes succeed.
   */
  private static int portBelowEphemeralRange() throws IOException {
    java.util.SplittableRandom random = new java.util.SplittableRandom();
    for (int attempt = 0; attempt < 200; attempt++) {
      int candidate = 20_000 + random.nextInt(10_000);
      try (ServerSocket probe = new ServerSocket(candidate, 1, InetAddress.getLoopbackAddress())) {
        return probe.getLocalPort();
      } catch (IOException taken) {
        // try another
      }
    }
    throw new IOException("no free port in 20000..29999");
  }

  /** Listens (again) on {@link #port}. */
  public void start() throws IOException {
    ServerSocket s = new ServerSocket();
    s.setReuseAddress(true);
    s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    server = s;
    Thread accept = new Thread(() -> acceptLoop(s), "relay-accept-" + port);
    accept.setDaemon(true);
    accept.start();
    acceptor = accept;
  }

  /** Closes the listening socket and every relayed connection. */
  public void stop() {
    ServerSocket s = server;
    if (s != null) {
      server = null;
      quietly(s);
      awaitAcceptorEnd();
    }
    sockets.forEach(TcpRelay::quietly);
    sockets.clear();
  }

  /**
   * Waits until the accepting thread has left {@code accept()}: a close while it blocks there only
   * takes effect when the call returns (the kernel keeps the listening socket for the running
   * call), so until then a client could still connect (seen in CI: "connected" right after a stop).
   */
  private void awaitAcceptorEnd() {
    Thread t = acceptor;
    if (t == null) {
      return;
    }
    try {
      t.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (t.isAlive()) {
      throw new IllegalStateException("the relay's accepting thread did not end within 5 s");
    }
  }

  @Override
  public void close() {
    stop();
  }

  private void acceptLoop(ServerSocket s) {
    try {
      while (!s.isClosed()) {
        Socket client = s.accept();
        Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
        sockets.add(client);
        sockets.add(upstream);
        if (server != s) {
          // stop() ran while this connection was being accepted: it must not survive the stop.
          quietly(client);
          quietly(upstream);
          break;
        }
        pump(client, upstream);
        pump(upstream, client);
      }
    } catch (IOException e) {
      // closed by stop()
    }
  }

  private void pump(Socket from, Socket to) {
    Thread t =
        new Thread(
            () -> {
              byte[] buf = new byte[4096];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buf)) >= 0; ) {
                  out.write(buf, 0, n);
                  out.flush();
                }
              } catch (IOException e) {
                // one side went away
              } finally {
                quietly(from);
                quietly(to);
              }
            },
            "relay-pump-" + port);
    t.setDaemon(true);
    t.start();
  }

  private static void quietly(AutoCloseable c) {
    try {
      c.close();
    } catch (Exception e) {
      // already closed
    }
  }
}
