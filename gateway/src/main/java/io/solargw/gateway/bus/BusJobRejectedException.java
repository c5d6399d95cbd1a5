package io.solargw.gateway.bus;

/**
 * A job submitted to a bus worker was not run: the bus is down, the worker stopped, or the queue is
 * full. The message says which, naming the bus.
 */
public final class BusJobRejectedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * @param message one sentence, e.g. {@code "bus inverters is down: connection refused"}
   */
  public BusJobRejectedException(String message) {
    super(message);
  }
}
