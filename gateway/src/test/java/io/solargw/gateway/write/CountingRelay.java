package io.solargw.gateway.write;

import io.solargw.protocol.inverter.rtu.FrameScan;
import io.solargw.protocol.inverter.rtu.RtuFramer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback TCP relay in front of the simulator's inverter bus that passes every byte through and
 * counts the write requests (function 0x06 or 0x10) the gateway sends: the bus's own witness that a
 * refused command never reached the wire.
 */
final class CountingRelay implements AutoCloseable {

  private final ServerSocket server;
  private final int targetPort;
  private final AtomicInteger writes = new AtomicInteger();

  CountingRelay(int targetPort) throws IOException {
    this.targetPort = targetPort;
    this.server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
    Thread accept = new Thread(this::acceptLoop, "relay-accept");
    accept.setDaemon(true);
    accept.start();
  }

  int port() {
    return server.getLocalPort();
  }

  /** Write requests seen so far. */
  int writes() {
    return writes.get();
  }

  @Override
  public void close() throws IOException {
    server.close();
  }

  private void acceptLoop() {
    try {
      while (!server.isClosed()) {
        Socket client = server.accept();
        Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
        pump(client, upstream, true);
        pump(upstream, client, false);
      }
    } catch (IOException e) {
      // closed
    }
  }

  private void pump(Socket from, Socket to, boolean requests) {
    Thread t =
        new Thread(
            () -> {
              ByteArrayOutputStream seen = new ByteArrayOutputStream();
              byte[] buf = new byte[4096];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buf)) >= 0; ) {
                  if (requests) {
                    seen.write(buf, 0, n);
                    count(seen);
                  }
                  out.write(buf, 0, n);
                  out.flush();
                }
              } catch (IOException e) {
                // one side went away
              }
            },
            "relay-pump");
    t.setDaemon(true);
    t.start();
  }

  private void count(ByteArrayOutputStream seen) {
    byte[] bytes = seen.toByteArray();
    int at = 0;
    while (at < bytes.length) {
      FrameScan scan = RtuFramer.scanRequest(bytes, at, bytes.length - at);
      if (scan instanceof FrameScan.Complete c) {
        int function = c.frame()[1] & 0xFF;
        if (function == 0x06 || function == 0x10) {
          writes.incrementAndGet();
        }
        at += c.frame().length;
      } else if (scan instanceof FrameScan.Skip s) {
        at += Math.max(1, s.count());
      } else {
        break;
      }
    }
    seen.reset();
    seen.write(Arrays.copyOfRange(bytes, at, bytes.length), 0, bytes.length - at);
  }
}
