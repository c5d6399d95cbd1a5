package io.solargw.gateway.poll;

import io.solargw.gateway.bus.BusCounters;
import io.solargw.gateway.bus.BusTiming;
import io.solargw.gateway.bus.BusTransactor;
import io.solargw.gateway.bus.Exchange;
import io.solargw.gateway.bus.ModbusChannel;
import io.solargw.gateway.bus.ModbusOutcome;
import io.solargw.gateway.bus.ResponseFramer;
import io.solargw.protocol.inverter.InverterProtocolException;
import io.solargw.protocol.inverter.rtu.ModbusRequest;
import io.solargw.protocol.inverter.rtu.ReadRequest;
import io.solargw.protocol.inverter.rtu.ReadResponse;
import io.solargw.protocol.inverter.rtu.RtuCodec;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Modbus RTU over a byte bus: the request's frame goes out through the transactor, the answer is
 * framed by {@link RtuResponseFramer} and decoded by {@link RtuCodec#decodeResponse}; a frame that
 * fails its checks is counted by reason and never becomes a value.
 *
 * <p>Late answers. RTU has no transaction id, and a unit that queues requests answers a request
 * that timed out later, in order, before the answers to the requests after it. So after a timeout
 * the unit owes an answer ({@link OwedAnswers}), and until it has given one that can only be its
 * own, the channel takes from it only a frame with a valid CRC and the exact shape (function and
 * length) of the answer it waits for; other frames are late answers, stepped over and counted as
 * {@code LATE_ANSWER}. A request whose answer has an owed shape is not sent until a probe, a short
 * read of a shape nobody owes, has been answered: that proves the unit caught up. When the probe
 * times out as well, the request is not sent and the transaction ends as timed out: an answer may
 * be lost, never misattributed. (When every shape a probe could have is owed, the channel first
 * listens for one timeout: each late answer that comes settles the owed request of its shape.)
 * Units that owe nothing cost nothing extra.
 */
public final class RtuChannel implements ModbusChannel {

  private static final Logger LOG = LoggerFactory.getLogger(RtuChannel.class);

  private static final int BROADCAST = 0;
  private static final int ANY_UNIT = 0xFF;
  private static final String LATE_ANSWER = "LATE_ANSWER";

  private final BusTransactor bus;
  private final OwedAnswers owed;

  /** RTU transactions on {@code bus}; what its units still owe is kept with the bus. */
  public RtuChannel(BusTransactor bus) {
    this.bus = bus;
    this.owed = bus.lineState(OwedAnswers.class, OwedAnswers::new);
  }

  @Override
  public ModbusOutcome transact(ModbusRequest request) throws IOException, InterruptedException {
    int unit = request.unitId();
    if (unit == BROADCAST || unit == ANY_UNIT) {
      return untracked(request);
    }
    if (owed.owes(unit) && owed.owesShapeOf(request)) {
      Optional<ReadRequest> probe = owed.probe(unit, request);
      if (probe.isEmpty()) {
        // every shape a probe could have is owed: listen for one timeout; what comes frees some
        OwnAnswerFramer listener = OwnAnswerFramer.listening(request);
        bus.listen(listener, bus.timing().timeout());
        take(listener, unit);
        if (!owed.owesShapeOf(request)) {
          return send(request);
        }
        probe = owed.probe(unit, request);
      }
      if (probe.isEmpty() || !(send(probe.get()) instanceof ModbusOutcome.Answered)) {
        return notSent(unit);
      }
    }
    return send(request);
  }

  private ModbusOutcome notSent(int unit) {
    return new ModbusOutcome.TimedOut(
        "not sent: the unit still owes " + owed.count(unit) + " late answer(s)");
  }

  /**
   * One exchange, keeping the account of what {@code request}'s unit owes: while the unit owes
   * anything, only an answer of the request's own shape is taken.
   */
  private ModbusOutcome send(ModbusRequest request) throws IOException, InterruptedException {
    boolean owing = owed.owes(request.unitId());
    ResponseFramer framer = owing ? new OwnAnswerFramer(request) : new RtuResponseFramer(request);
    Exchange ex = bus.exchangeUnsettled(request.toFrame(), framer, bus.timing().timeout());
    if (framer instanceof OwnAnswerFramer own) {
      take(own, request.unitId());
    }
    if (ex instanceof Exchange.Timeout t) {
      owed.timedOut(request);
      return new ModbusOutcome.TimedOut(t.received().length + " bytes came");
    }
    if (owing) {
      LOG.debug("unit {} caught up with its late answers", request.unitId());
    }
    owed.caughtUp(request.unitId()); // an answer of a shape nobody owes, or nothing was owed
    ModbusOutcome outcome = decode(request, ((Exchange.Answer) ex).frame());
    if (outcome instanceof ModbusOutcome.Answered a
        && a.response() instanceof ReadResponse
        && request instanceof ReadRequest read) {
      owed.answered(read);
    }
    return outcome;
  }

  /** Counts the late answers {@code framer} stepped over and settles the requests they answer. */
  private void take(OwnAnswerFramer framer, int unit) {
    for (int[] shape : framer.lateShapes()) {
      bus.counters().countError(LATE_ANSWER);
      owed.cameLate(unit, shape[0], shape[1]);
    }
  }

  /** A broadcast, or a request any unit may answer: no account can be kept. */
  private ModbusOutcome untracked(ModbusRequest request) throws IOException, InterruptedException {
    Exchange ex = bus.exchange(request.toFrame(), new RtuResponseFramer(request));
    if (ex instanceof Exchange.Timeout t) {
      return new ModbusOutcome.TimedOut(t.received().length + " bytes came");
    }
    return decode(request, ((Exchange.Answer) ex).frame());
  }

  private ModbusOutcome decode(ModbusRequest request, byte[] frame) {
    try {
      return new ModbusOutcome.Answered(RtuCodec.decodeResponse(request, frame));
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
