package io.solargw.gateway.poll;

import io.solargw.gateway.bus.FrameSearch;
import io.solargw.gateway.bus.ResponseFramer;
import io.solargw.protocol.inverter.rtu.FrameScan;
import io.solargw.protocol.inverter.rtu.ModbusRequest;
import io.solargw.protocol.inverter.rtu.RtuFramer;

/**
 * Finds the Modbus RTU answer to one request in received bytes (protocol-inverter's framer: the end
 * comes from function code and byte count, as there is no silence gap over TCP).
 */
public final class RtuResponseFramer implements ResponseFramer {

  private final ModbusRequest request;

  /** The framer of the answer to {@code request}. */
  public RtuResponseFramer(ModbusRequest request) {
    this.request = request;
  }

  @Override
  public FrameSearch search(byte[] buffer, int length) {
    FrameScan scan = RtuFramer.scanResponse(buffer, 0, length, request);
    if (scan instanceof FrameScan.Complete c) {
      return new FrameSearch.Found(0, c.length());
    }
    if (scan instanceof FrameScan.Skip s) {
      return new FrameSearch.Skip(s.count(), s.reason());
    }
    return new FrameSearch.NeedMore();
  }
}
