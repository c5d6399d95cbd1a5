package io.solargw.gateway.bus;

import java.io.IOException;

/**
 * A transaction (or a short series of them) another thread wants run on a bus, between polls, on
 * the bus's own thread (RS485 is half-duplex: only that thread talks on the wire).
 *
 * @param <T> what the job produces
 */
@FunctionalInterface
public interface BusJob<T> {

  /**
   * Runs on the bus thread with the bus's transactor.
   *
   * @throws IOException when the link breaks (the worker closes and reopens it)
   */
  T run(BusTransactor bus) throws IOException, InterruptedException;
}
