package io.solargw.sim.clients;

import io.solargw.protocol.inverter.InverterProtocolException;
import io.solargw.protocol.inverter.decode.RegisterImage;
import io.solargw.protocol.inverter.plan.DeviceReadMap;
import io.solargw.protocol.inverter.plan.ReadBlock;
import io.solargw.protocol.inverter.plan.RetryPlan;
import io.solargw.protocol.inverter.rtu.ExceptionResponse;
import io.solargw.protocol.inverter.rtu.FrameScan;
import io.solargw.protocol.inverter.rtu.ModbusRequest;
import io.solargw.protocol.inverter.rtu.ModbusResponse;
import io.solargw.protocol.inverter.rtu.ReadRequest;
import io.solargw.protocol.inverter.rtu.ReadResponse;
import io.solargw.protocol.inverter.rtu.RtuCodec;
import io.solargw.protocol.inverter.rtu.RtuFramer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** A Modbus RTU master over raw TCP built on protocol-inverter's codec: what the gateway does. */
public final class RtuClient implements AutoCloseable {

  private final WireClient wire;

  public RtuClient(InetSocketAddress address) throws IOException {
    this.wire = new WireClient(address, 1000);
  }

  /** The raw answer bytes (empty on timeout). */
  public byte[] raw(ModbusRequest request) throws IOException {
    return raw(request.toFrame(), request);
  }

  /** Sends {@code frame} (possibly damaged) and collects the answer {@code request} expects. */
  public byte[] raw(byte[] frame, ModbusRequest request) throws IOException {
    return wire.transact(
        frame,
        b ->
            RtuFramer.scanResponse(b, request) instanceof FrameScan.Complete c
                && c.length() == b.length);
  }

  /** The decoded answer, or empty on timeout; a damaged answer throws with its reason. */
  public Optional<ModbusResponse> send(ModbusRequest request)
      throws IOException, InverterProtocolException {
    byte[] bytes = raw(request);
    if (bytes.length == 0) {
      return Optional.empty();
    }
    return Optional.of(RtuCodec.decodeResponse(request, bytes));
  }

  /**
   * Reads {@code plan}'s blocks from {@code unit} into one image, learning holes from exception
   * 0x02 answers as the gateway does (split the block, remember single registers); any other
   * failure is an AssertionError.
   */
  public RegisterImage read(int unit, DeviceReadMap plan) throws IOException {
    List<ReadResponse> responses = new ArrayList<>();
    DeviceReadMap learning = plan;
    Deque<ReadBlock> queue = new ArrayDeque<>(plan.plan());
    while (!queue.isEmpty()) {
      ReadBlock b = queue.poll();
      ReadRequest r = ReadRequest.holding(unit, b.start(), b.count());
      ModbusResponse answer;
      try {
        answer =
            send(r)
                .orElseThrow(() -> new AssertionError("no answer from unit " + unit + " to " + r));
      } catch (InverterProtocolException e) {
        throw new AssertionError("unit " + unit + " " + r + ": " + e.getMessage(), e);
      }
      if (answer instanceof ExceptionResponse x && x.exceptionCode() == 0x02) {
        RetryPlan retry = learning.onIllegalAddress(b);
        learning = retry.next();
        retry.retry().forEach(queue::addFirst);
        continue;
      }
      if (!(answer instanceof ReadResponse read)) {
        throw new AssertionError("unit " + unit + " " + r + " answered " + answer);
      }
      responses.add(read);
    }
    return RegisterImage.of(responses);
  }

  @Override
  public void close() throws IOException {
    wire.close();
  }
}
