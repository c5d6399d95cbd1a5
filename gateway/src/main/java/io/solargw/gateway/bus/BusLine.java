package io.solargw.gateway.bus;

import java.io.IOException;

/**
 * What a {@link BusWorker} keeps open and lends to its pollers and jobs: a byte link with its
 * transactor ({@link LinkLine}), or a Modbus TCP connection ({@link ModbusTcpLine}). The worker's
 * loop (reconnect with backoff, jobs between polls, cycles, silence detection) is the same for
 * both.
 */
interface BusLine {

  /** Opens or reopens; throws with a readable message. */
  void open() throws IOException;

  /** True while usable. */
  boolean isOpen();

  /** Closes; {@link #open} may open again. */
  void close();

  /** Where the line goes, for logs. */
  String describe();

  /** Runs one poll of {@code poller} on this line. */
  boolean poll(DevicePoller poller) throws IOException, InterruptedException;

  /** Runs {@code job} on this line. */
  <T> T run(BusJob<T> job) throws IOException, InterruptedException;
}
