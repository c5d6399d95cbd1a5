package io.solargw.sim.clients;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.function.Predicate;

/**
 * A raw TCP client of a simulated bus (as the gateway's RS485-over-TCP link is): sends a request
 * and collects the answer bytes until they form a complete frame, the line stays quiet for a while
 * after the first byte, or the deadline passes with nothing (a timeout: empty result).
 */
public final class WireClient implements AutoCloseable {

  private static final int QUIET_MILLIS = 150;

  private final Socket socket;
  private final int timeoutMillis;

  public WireClient(InetSocketAddress address, int timeoutMillis) throws IOException {
    this.socket = new Socket(address.getHostString(), address.getPort());
    this.socket.setTcpNoDelay(true);
    this.timeoutMillis = timeoutMillis;
  }

  /** The answer bytes; empty when nothing came before the timeout. */
  public byte[] transact(byte[] request, Predicate<byte[]> complete) throws IOException {
    socket.getOutputStream().write(request);
    socket.getOutputStream().flush();
    InputStream in = socket.getInputStream();
    ByteArrayOutputStream got = new ByteArrayOutputStream();
    long deadline = System.currentTimeMillis() + timeoutMillis;
    byte[] buf = new byte[4096];
    while (true) {
      long left = deadline - System.currentTimeMillis();
      int wait = got.size() == 0 ? (int) Math.max(1, left) : QUIET_MILLIS;
      if (got.size() == 0 && left <= 0) {
        return new byte[0];
      }
      socket.setSoTimeout(wait);
      try {
        int n = in.read(buf);
        if (n < 0) {
          return got.toByteArray();
        }
        got.write(buf, 0, n);
        if (complete.test(got.toByteArray())) {
          return got.toByteArray();
        }
      } catch (SocketTimeoutException e) {
        if (got.size() > 0) {
          return got.toByteArray();
        }
      }
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
