package io.solargw.gateway.poll;

import io.solargw.gateway.bus.BusTransactor;
import io.solargw.gateway.bus.DevicePoller;
import io.solargw.gateway.bus.Exchange;
import io.solargw.protocol.bms.BmsProtocolException;
import io.solargw.protocol.bms.pace.FrameCodec;
import io.solargw.protocol.bms.pace.Request;
import io.solargw.protocol.bms.pace.Response;
import io.solargw.protocol.bms.pace.ResponseDecoder;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls a battery rack over the PACE (or Pylontech) RS485 ASCII protocol: analog values and
 * alarm/status of every pack, either with one all-packs request to the master (INFO 0xFF) or one
 * request per pack address, and reports one device per pack ({@code pack-N}).
 */
public final class BmsPoller implements DevicePoller {

  private static final Logger LOG = LoggerFactory.getLogger(BmsPoller.class);

  private final RackRequests requests;
  private final List<Integer> packs;
  private final PollSchedule schedule;
  private final PackReports reports;
  private long nextDue = System.nanoTime();
  private Optional<String> lastProblem = Optional.empty();

  /**
   * @param requests what to ask, in which mode
   * @param packs the expected pack addresses (1..N)
   * @param schedule poll rates and availability rule
   * @param sink where the pack reports go
   * @param clock wall clock for report timestamps
   */
  public BmsPoller(
      RackRequests requests,
      List<Integer> packs,
      PollSchedule schedule,
      ReportSink sink,
      Clock clock) {
    this.requests = requests;
    this.packs = List.copyOf(packs);
    this.schedule = schedule;
    this.reports = new PackReports(packs, schedule.unavailableAfter(), sink, clock);
  }

  @Override
  public String deviceId() {
    return "battery-rack";
  }

  @Override
  public long nextDueNanos() {
    return nextDue;
  }

  @Override
  public boolean poll(BusTransactor bus) throws IOException, InterruptedException {
    long now = System.nanoTime();
    lastProblem = Optional.empty();
    boolean any = false;
    for (RackRequests.Step step : requests.steps(packs)) {
      Optional<Response> r = transact(bus, step.request());
      r.ifPresent(response -> reports.collect(step.kind(), response.toMap()));
      any |= r.isPresent();
    }
    boolean allOffline = reports.publish(lastProblem);
    nextDue = PollSchedule.nextDue(nextDue, now, allOffline ? schedule.offline() : schedule.fast());
    return any;
  }

  @Override
  public List<byte[]> cycleRequests() {
    return requests.steps(packs).stream().map(s -> s.request().encode()).toList();
  }

  @Override
  public void missed(String reason) {
    boolean allOffline = reports.publish(Optional.of(reason));
    nextDue = System.nanoTime() + (allOffline ? schedule.offline() : schedule.fast()).toNanos();
  }

  private Optional<Response> transact(BusTransactor bus, Request request)
      throws IOException, InterruptedException {
    byte[] wire = request.encode();
    PaceFramer framer = new PaceFramer(wire, bus.counters());
    for (int attempt = 0; attempt <= bus.timing().retries(); attempt++) {
      if (attempt > 0) {
        bus.counters().countRetry();
      }
      // All-packs answers are long; the configuration already scales the bus timeout for them.
      Exchange ex = bus.exchange(wire, framer);
      if (ex instanceof Exchange.Timeout t) {
        problem(
            "timeout waiting for "
                + requests.describe(request)
                + " ("
                + t.received().length
                + " bytes came)");
        continue;
      }
      try {
        return Optional.of(
            ResponseDecoder.decode(FrameCodec.decode(((Exchange.Answer) ex).frame()), request));
      } catch (BmsProtocolException e) {
        bus.counters().countError(e.reason().name());
        problem(requests.describe(request) + ": " + e.getMessage());
      }
    }
    return Optional.empty();
  }

  private void problem(String text) {
    lastProblem = Optional.of(text);
    LOG.debug("battery: {}", text);
  }
}
