package io.solargw.gateway.bus;

import io.solargw.gateway.transport.ModbusTcpMaster;
import io.solargw.protocol.inverter.InverterProtocolException;
import io.solargw.protocol.inverter.rtu.ModbusRequest;
import io.solargw.protocol.inverter.rtu.ModbusResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Modbus transactions through a Modbus TCP gateway ({@link ModbusTcpMaster}), counted like a byte
 * bus: transactions, bytes of the TCP frames (MBAP header and PDU), timeouts, answers that do not
 * fit their request by reason, link failures and busy time. The inter-transaction gap is waited
 * before the clock starts, as on a byte bus, so busy time is wire time.
 */
public final class ModbusTcpChannel implements ModbusChannel {

  /** The 7-byte MBAP header replaces the RTU frame's address byte and 2-byte CRC. */
  private static final int MBAP_OVER_RTU = 7 - 3;

  private final ModbusTcpMaster master;
  private final BusCounters counters;
  private final InterFrameGap gap;

  /**
   * @param master the connection (opened through {@link #open})
   * @param counters where to count
   */
  public ModbusTcpChannel(ModbusTcpMaster master, BusCounters counters) {
    this.master = master;
    this.counters = counters;
    this.gap = new InterFrameGap(master.timing().gap());
  }

  /** Connects; throws with a readable one-line message. */
  public void open() throws IOException {
    master.open();
  }

  /** True while connected. */
  public boolean isOpen() {
    return master.isOpen();
  }

  /** Disconnects; {@link #open} may connect again. */
  public void close() {
    master.close();
  }

  /** {@code modbus-tcp://host:port}. */
  public String describe() {
    return master.describe();
  }

  @Override
  public BusTiming timing() {
    return master.timing();
  }

  @Override
  public BusCounters counters() {
    return counters;
  }

  @Override
  public ModbusOutcome transact(ModbusRequest request) throws IOException, InterruptedException {
    gap.await();
    long start = System.nanoTime();
    try {
      Optional<ModbusResponse> answer = master.execute(request);
      counted(request);
      if (answer.isEmpty()) {
        counters.timeouts.increment();
        return new ModbusOutcome.TimedOut(
            "no answer within " + timing().timeout().toMillis() + " ms");
      }
      counters.bytesIn.add(answer.get().toFrame().length + MBAP_OVER_RTU);
      return new ModbusOutcome.Answered(answer.get());
    } catch (InverterProtocolException e) {
      counted(request);
      counters.countError(e.reason().name());
      return new ModbusOutcome.Garbled(e);
    } catch (IOException e) {
      counters.linkFailures.increment();
      throw e;
    } finally {
      counters.addBusy(gap.ended() - start);
    }
  }

  private void counted(ModbusRequest request) {
    counters.transactions.increment();
    counters.bytesOut.add(request.toFrame().length + MBAP_OVER_RTU);
  }
}
