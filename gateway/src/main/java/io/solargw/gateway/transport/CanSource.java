package io.solargw.gateway.transport;

import java.io.IOException;
import java.time.Duration;

/**
 * Where a CAN listener's frames come from: an SLCAN adapter (serial or TCP), a SocketCAN interface,
 * or a candump log replayed. Sources move frames and never decode payloads. Not thread-safe: one
 * listener thread owns a source.
 *
 * <p>A broken source (adapter unplugged, interface gone, connection dropped) throws {@link
 * IOException} from {@link #poll}; the owner closes it and opens it again with backoff. A line that
 * does not parse is not a broken source: it comes back as {@link CanSourceEvent.BadLine}.
 */
public interface CanSource extends AutoCloseable {

  /**
   * Opens (or re-opens) the source, including any adapter set-up.
   *
   * @throws IOException with a one-line message naming the device, interface or file
   */
  void open() throws IOException;

  /** True while the source is open. */
  boolean isOpen();

  /**
   * Waits at most {@code timeout} for the next frame.
   *
   * @return a frame, a bad line (counted and skipped by the caller), or silence when nothing came
   * @throws IOException when the source broke; it is closed and may be opened again
   */
  CanSourceEvent poll(Duration timeout) throws IOException, InterruptedException;

  /** Where the frames come from, for logs: {@code slcan /dev/ttyACM0 115200 8N1}, {@code can0}. */
  String describe();

  /** Closes the source; it may be opened again. Never throws. */
  @Override
  void close();
}
