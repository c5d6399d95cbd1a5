package io.solargw.gateway.write;

import io.solargw.gateway.transport.Link;
import io.solargw.protocol.inverter.InverterProtocolException;
import io.solargw.protocol.inverter.rtu.ModbusRequest;
import io.solargw.protocol.inverter.rtu.ReadRequest;
import io.solargw.protocol.inverter.rtu.ReadResponse;
import io.solargw.protocol.inverter.rtu.RtuSlaveCodec;
import io.solargw.protocol.inverter.rtu.WriteSingleRequest;
import io.solargw.protocol.inverter.rtu.WriteSingleResponse;
import java.io.IOException;
import java.util.Collections;

/**
 * A link to a misbehaving unit: write-singles are echoed with {@code echoDelta} added to the value,
 * and every read answers {@code readValue} in each register.
 */
final class ScriptedUnit implements Link {

  private final int echoDelta;
  private final int readValue;
  private byte[] pending = new byte[0];
  private boolean open;

  ScriptedUnit(int echoDelta, int readValue) {
    this.echoDelta = echoDelta;
    this.readValue = readValue;
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
  public void write(byte[] bytes) throws IOException {
    try {
      ModbusRequest request = RtuSlaveCodec.decodeRequest(bytes);
      if (request instanceof WriteSingleRequest w) {
        pending =
            new WriteSingleResponse(w.unitId(), w.address(), (w.value() + echoDelta) & 0xFFFF)
                .toFrame();
      } else if (request instanceof ReadRequest r) {
        pending = ReadResponse.answering(r, Collections.nCopies(r.count(), readValue)).toFrame();
      }
    } catch (InverterProtocolException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  @Override
  public int read(byte[] buffer, int offset, int length, int timeoutMillis) {
    int n = Math.min(length, pending.length);
    System.arraycopy(pending, 0, buffer, offset, n);
    pending = java.util.Arrays.copyOfRange(pending, n, pending.length);
    return n;
  }

  @Override
  public void discardInput() {
    pending = new byte[0];
  }

  @Override
  public String describe() {
    return "scripted unit";
  }

  @Override
  public void close() {
    open = false;
  }
}
