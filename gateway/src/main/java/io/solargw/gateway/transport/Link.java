package io.solargw.gateway.transport;

import java.io.IOException;

/**
 * A byte pipe to one bus: a serial port or a TCP connection to an RS485 converter. Transports move
 * whole frames as bytes and never parse payloads. Not thread-safe: one bus thread owns a link.
 */
public interface Link extends AutoCloseable {

  /**
   * Opens (or re-opens) the link. Throws with a readable message when the port or host is not
   * there.
   */
  void open() throws IOException;

  /** True while the link is open and usable. */
  boolean isOpen();

  /** Writes {@code bytes} completely. */
  void write(byte[] bytes) throws IOException;

  /**
   * Reads up to {@code length} bytes, waiting at most {@code timeoutMillis} for the first one.
   *
   * @return the number of bytes read, 0 on timeout
   * @throws IOException when the link broke (port unplugged, connection reset or closed)
   */
  int read(byte[] buffer, int offset, int length, int timeoutMillis) throws IOException;

  /** Discards whatever is waiting to be read (stale bytes of an earlier, failed transaction). */
  void discardInput() throws IOException;

  /**
   * Where the link goes, for logs: {@code /dev/ttyUSB0 9600 8N1}, {@code tcp://192.168.1.7:8899}.
   */
  String describe();

  /** Closes the link; it may be opened again. */
  @Override
  void close();
}
