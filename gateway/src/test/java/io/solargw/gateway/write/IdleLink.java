package io.solargw.gateway.write;

import io.solargw.gateway.transport.Link;

/** A link that opens and never carries bytes: every transaction times out. */
final class IdleLink implements Link {
  private volatile boolean open;

  @Override
  public void open() {
    open = true;
  }

  @Override
  public boolean isOpen() {
    return open;
  }

  @Override
  public void write(byte[] bytes) {}

  @Override
  public int read(byte[] buffer, int offset, int length, int timeoutMillis) {
    try {
      Thread.sleep(Math.min(timeoutMillis, 10));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  @Override
  public void discardInput() {}

  @Override
  public String describe() {
    return "idle";
  }

  @Override
  public void close() {
    open = false;
  }
}
