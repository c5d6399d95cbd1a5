package io.solargw.gateway.bus;

import io.solargw.gateway.transport.Link;
import java.io.IOException;

/** A byte link (serial port, RS485-over-TCP converter) and the transactor that runs on it. */
record LinkLine(Link link, BusTransactor transactor) implements BusLine {

  @Override
  public void open() throws IOException {
    link.open();
  }

  @Override
  public boolean isOpen() {
    return link.isOpen();
  }

  @Override
  public void close() {
    link.close();
  }

  @Override
  public String describe() {
    return link.describe();
  }

  @Override
  public boolean poll(DevicePoller poller) throws IOException, InterruptedException {
    return poller.poll(transactor);
  }

  @Override
  public <T> T run(BusJob<T> job) throws IOException, InterruptedException {
    return job.run(transactor);
  }
}
