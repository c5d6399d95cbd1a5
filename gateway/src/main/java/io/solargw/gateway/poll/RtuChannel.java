package io.solargw.gateway.poll;

import io.solargw.gateway.bus.BusCounters;
import io.solargw.gateway.bus.BusTiming;
import io.solargw.gateway.bus.BusTransactor;
import io.solargw.gateway.bus.Exchange;
import io.solargw.gateway.bus.ModbusChannel;
import io.solargw.gateway.bus.ModbusOutcome;
import io.solargw.protocol.inverter.InverterProtocolException;
import io.solargw.protocol.inverter.rtu.ModbusRequest;
import io.solargw.protocol.inverter.rtu.RtuCodec;
import java.io.IOException;

/**
 * Modbus RTU over a byte bus: the request's frame goes out through the transactor, the answer is
 * framed by {@link RtuResponseFramer} and decoded by {@link RtuCodec#decodeResponse}; a frame that
 * fails its checks is counted by reason and never becomes a value.
 */
public final class RtuChannel implements ModbusChannel {

  private final BusTransactor bus;

  /** RTU transactions on {@code bus}. */
  public RtuChannel(BusTransactor bus) {
    this.bus = bus;
  }

  @Override
  public ModbusOutcome transact(ModbusRequest request) throws IOException, InterruptedException {
    Exchange ex = bus.exchange(request.toFrame(), new RtuResponseFramer(request));
    if (ex instanceof Exchange.Timeout t) {
      return new ModbusOutcome.TimedOut(t.received().length + " bytes came");
    }
    try {
      return new ModbusOutcome.Answered(
          RtuCodec.decodeResponse(request, ((Exchange.Answer) ex).frame()));
    } catch (InverterProtocolException e) {
      bus.counters().countError(e.reason().name());
      return new ModbusOutcome.Garbled(e);
    }
  }

  @Override
  public BusTiming timing() {
    return bus.timing();
  }

  @Override
  public BusCounters counters() {
    return bus.counters();
  }
}
