package io.solargw.gateway.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;

/**
 * Raw bytes over TCP to an RS485-to-Ethernet converter (Elfin, USR, Waveshare in "TCP server,
 * transparent" mode). Blocking I/O on the bus thread: a half-duplex bus runs one transaction at a
 * time, so there is nothing to multiplex.
 */
public final class TcpLink implements Link {

  private static final int CONNECT_TIMEOUT_MS = 3000;

  private final String host;
  private final int port;
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  /**
   * @param host converter host name or address
   * @param port converter TCP port
   */
  public TcpLink(String host, int port) {
    this.host = host;
    this.port = port;
  }

  @Override
  public void open() throws IOException {
    close();
    Socket s = new Socket();
    try {
      s.setTcpNoDelay(true);
      s.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MS);
    } catch (IOException e) {
      s.close();
      throw new IOException("cannot connect to " + host + ":" + port + ": " + e.getMessage(), e);
    }
    socket = s;
    in = s.getInputStream();
    out = s.getOutputStream();
  }

  @Override
  public boolean isOpen() {
    return socket != null && !socket.isClosed();
  }

  @Override
  public void write(byte[] bytes) throws IOException {
    requireOpen();
    out.write(bytes);
    out.flush();
  }

  @Override
  public int read(byte[] buffer, int offset, int length, int timeoutMillis) throws IOException {
    requireOpen();
    socket.setSoTimeout(Math.max(1, timeoutMillis));
    try {
      int n = in.read(buffer, offset, length);
      if (n < 0) {
        close();
        throw new IOException(host + ":" + port + " closed the connection");
      }
      return n;
    } catch (SocketTimeoutException e) {
      return 0;
    }
  }

  @Override
  public void discardInput() throws IOException {
    requireOpen();
    while (in.available() > 0) {
      in.skip(in.available());
    }
  }

  @Override
  public String describe() {
    return "tcp://" + host + ":" + port;
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException e) {
        // closing a broken socket: nothing left to do
      }
      socket = null;
    }
  }

  private void requireOpen() throws IOException {
    if (socket == null || socket.isClosed()) {
      throw new IOException(describe() + " is not connected");
    }
  }
}
