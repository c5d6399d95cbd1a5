package io.solargw.gateway.http;

import java.time.Duration;

/**
 * A path answered by a Server-Sent Events stream ({@code text/event-stream}) instead of one reply.
 * The server calls every method on its HTTP thread: an implementation needs no locking for its
 * clients, and must not block.
 */
public interface StreamRoute {

  /**
   * A client connected. The route may {@link EventSink#send send} at once; the response head is
   * written before the first text.
   *
   * @return false to refuse the client (the server answers 503)
   */
  boolean open(EventSink client);

  /** Called every {@link #tickEvery()} while the server runs: the time to send events. */
  void tick();

  /** How often {@link #tick()} runs. */
  Duration tickEvery();
}
