package io.solargw.gateway.write;

import io.solargw.gateway.transport.Link;
import io.solargw.protocol.inverter.InverterProtocolException;
import io.solargw.protocol.inverter.rtu.ModbusRequest;
import io.solargw.protocol.inverter.rtu.RtuSlaveCodec;
import io.solargw.sim.inverter.InverterStack;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-process link to the simulator's inverter stack (no sockets): every request is answered by
 * the stack at once; write requests (0x06, 0x10) are counted.
 */
final class StackLink implements Link {

  private final InverterStack stack;
  private final AtomicInteger writes = new AtomicInteger();
  private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
  private volatile boolean open;

  StackLink(InverterStack stack) {
    this.stack = stack;
  }

  /** Write requests (function 0x06 or 0x10) seen so far. */
  int writes() {
    return writes.get();
  }

  @Override
  public void open() {
    open = true;
  }

  @Override
  public boolean isOpen() {
    return open;
  }

  @Override
  public synchronized void write(byte[] bytes) throws IOException {
    try {
      ModbusRequest request = RtuSlaveCodec.decodeRequest(bytes);
      if (request.functionCode() == 0x06 || request.functionCode() == 0x10) {
        writes.incrementAndGet();
      }
      stack.handle(request).forEach(r -> pending.writeBytes(r.response().toFrame()));
    } catch (InverterProtocolException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  @Override
  public synchronized int read(byte[] buffer, int offset, int length, int timeoutMillis) {
    byte[] bytes = pending.toByteArray();
    if (bytes.length == 0) {
      try {
        wait(timeoutMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return 0;
    }
    int n = Math.min(length, bytes.length);
    System.arraycopy(bytes, 0, buffer, offset, n);
    pending.reset();
    pending.write(bytes, n, bytes.length - n);
    return n;
  }

  @Override
  public synchronized void discardInput() {
    pending.reset();
  }

  @Override
  public String describe() {
    return "simulated stack (in process)";
  }

  @Override
  public void close() {
    open = false;
  }
}
