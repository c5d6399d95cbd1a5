package io.solargw.gateway.http;

/**
 * One client of an event stream, as the stream sees it. Every method is called on the HTTP thread
 * and never blocks.
 */
public interface EventSink {

  /** False once the client has gone (hung up, closed by the server). */
  boolean open();

  /**
   * True while the client's outgoing buffer is below its limit. A client that does not read fills
   * it and stops being writable: the stream skips it instead of queueing more.
   */
  boolean writable();

  /** Queues {@code text} (whole {@code text/event-stream} lines) for the client. */
  void send(String text);

  /** Closes the connection. */
  void close();
}
