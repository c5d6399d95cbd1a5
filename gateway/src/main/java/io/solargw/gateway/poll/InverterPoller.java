package io.solargw.gateway.poll;

import io.solargw.gateway.bus.BusTransactor;
import io.solargw.gateway.bus.ModbusChannel;
import io.solargw.gateway.bus.ModbusOutcome;
import io.solargw.gateway.bus.ModbusPoller;
import io.solargw.protocol.inverter.InverterProtocolException;
import io.solargw.protocol.inverter.decode.InverterSnapshot;
import io.solargw.protocol.inverter.decode.RegisterImage;
import io.solargw.protocol.inverter.decode.SnapshotDecoder;
import io.solargw.protocol.inverter.plan.ReadBlock;
import io.solargw.protocol.inverter.plan.RetryPlan;
import io.solargw.protocol.inverter.rtu.ExceptionResponse;
import io.solargw.protocol.inverter.rtu.ModbusExceptionCode;
import io.solargw.protocol.inverter.rtu.ReadRequest;
import io.solargw.protocol.inverter.rtu.ReadResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls one inverter: reads the planned register blocks (fast group every cycle, slow group every
 * {@code slow} interval), learns unsupported addresses from exception 0x02 answers, decodes the
 * accumulated register image into a snapshot and reports it.
 */
public final class InverterPoller implements ModbusPoller {

  private static final Logger LOG = LoggerFactory.getLogger(InverterPoller.class);

  private final String deviceId;
  private final int unitId;
  private final SnapshotDecoder decoder;
  private final InverterReadPlans plans;
  private final PollSchedule schedule;
  private final ReportSink sink;
  private final Clock clock;
  private final DeviceHealth health;
  private RegisterImage image = RegisterImage.empty();
  private volatile Optional<InverterSnapshot> latest = Optional.empty();
  private long nextDue = System.nanoTime();
  private long nextSlow = System.nanoTime();

  /** Starts of the blocks that timed out: read last in the next cycle. */
  private final java.util.Set<Integer> timedOutLast = new java.util.HashSet<>();

  private Optional<String> lastProblem = Optional.empty();

  /**
   * @param deviceId e.g. {@code inverter-1}
   * @param unitId Modbus slave address
   * @param decoder the profile's decoder
   * @param plans the profile's read plans
   * @param schedule poll rates and availability rule
   * @param sink where reports go
   * @param clock wall clock for report timestamps
   */
  public InverterPoller(
      String deviceId,
      int unitId,
      SnapshotDecoder decoder,
      InverterReadPlans plans,
      PollSchedule schedule,
      ReportSink sink,
      Clock clock) {
    this.deviceId = deviceId;
    this.unitId = unitId;
    this.decoder = decoder;
    this.plans = plans;
    this.schedule = schedule;
    this.sink = sink;
    this.clock = clock;
    this.health = new DeviceHealth(schedule.unavailableAfter());
  }

  @Override
  public String deviceId() {
    return deviceId;
  }

  @Override
  public long nextDueNanos() {
    return nextDue;
  }

  /** One poll over RTU frames on a byte bus. */
  @Override
  public boolean poll(BusTransactor bus) throws IOException, InterruptedException {
    return poll(new RtuChannel(bus));
  }

  @Override
  public boolean poll(ModbusChannel bus) throws IOException, InterruptedException {
    long now = System.nanoTime();
    boolean slow = now - nextSlow >= 0;
    lastProblem = Optional.empty();
    boolean fastOk = readAll(bus, plans.fastBlocks(), false);
    boolean slowOk = !slow || readAll(bus, plans.slowBlocks(), true);
    boolean answered = fastOk;
    Availability availability = health.record(answered);
    if (slow && slowOk) {
      nextSlow = now + schedule.slow().toNanos();
    }
    nextDue =
        PollSchedule.nextDue(
            nextDue,
            now,
            availability == Availability.OFFLINE ? schedule.offline() : schedule.fast());
    InverterSnapshot snapshot = decoder.decode(image);
    latest = Optional.of(snapshot);
    sink.accept(
        new DeviceReport(deviceId, availability, clock.instant(), snapshot.toJson(), lastProblem));
    return answered;
  }

  @Override
  public List<byte[]> cycleRequests() {
    return plans.fastBlocks().stream()
        .map(b -> ReadRequest.holding(unitId, b.start(), b.count()).toFrame())
        .toList();
  }

  /** The Modbus slave address. */
  public int unitId() {
    return unitId;
  }

  /** The snapshot decoded after the last poll, empty before the first (any thread). */
  public Optional<InverterSnapshot> latestSnapshot() {
    return latest;
  }

  /**
   * Takes registers read outside a poll (a settings write's read-back) into the register image and
   * the latest snapshot, so the next check and report see them. Bus thread only.
   */
  public void remember(int startAddress, List<Integer> registers) {
    image = image.with(startAddress, registers);
    latest = Optional.of(decoder.decode(image));
  }

  @Override
  public void missed(String reason) {
    lastProblem = Optional.of(reason);
    Availability availability = health.record(false);
    long interval =
        availability == Availability.OFFLINE
            ? schedule.offline().toNanos()
            : schedule.fast().toNanos();
    nextDue = System.nanoTime() + interval;
    sink.accept(
        new DeviceReport(
            deviceId, availability, clock.instant(), decoder.decode(image).toJson(), lastProblem));
  }

  private boolean readAll(ModbusChannel bus, Iterable<ReadBlock> blocks, boolean slowGroup)
      throws IOException, InterruptedException {
    Deque<ReadBlock> queue = new ArrayDeque<>();
    List<ReadBlock> deferred = new ArrayList<>();
    for (ReadBlock b : blocks) {
      (timedOutLast.contains(b.start()) ? deferred : queue).add(b);
    }
    queue.addAll(deferred); // a block that went silent last time goes last: it cannot starve others
    boolean allOk = true;
    while (!queue.isEmpty()) {
      ReadBlock block = queue.poll();
      BlockResult r = readBlock(bus, block);
      if (r == BlockResult.ILLEGAL_ADDRESS) {
        RetryPlan retry = plans.onIllegalAddress(block, slowGroup);
        retry.retry().forEach(queue::addFirst);
        LOG.info(
            "{}: registers 0x{}..0x{} are not served by this device; remembered",
            deviceId,
            Integer.toHexString(block.start()),
            Integer.toHexString(block.end()));
      } else if (r == BlockResult.TIMED_OUT) {
        timedOutLast.add(block.start());
        // the unit may still be working through a queue of late answers: the channel will probe
        // it before asking anything else, and that can wait for its next cycle
        return false;
      } else if (r == BlockResult.FAILED) {
        allOk = false;
        if (health.state() == Availability.OFFLINE) {
          return false; // a silent device: do not spend a timeout per block
        }
      }
    }
    return allOk;
  }

  private enum BlockResult {
    OK,
    FAILED,
    TIMED_OUT,
    ILLEGAL_ADDRESS
  }

  private BlockResult readBlock(ModbusChannel bus, ReadBlock block)
      throws IOException, InterruptedException {
    ReadRequest request = ReadRequest.holding(unitId, block.start(), block.count());
    boolean timedOut = false;
    for (int attempt = 0; attempt <= bus.timing().retries(); attempt++) {
      if (attempt > 0) {
        bus.counters().countRetry();
      }
      ModbusOutcome outcome = bus.transact(request);
      if (outcome instanceof ModbusOutcome.Answered a && a.response() instanceof ReadResponse r) {
        timedOutLast.remove(block.start());
        image = image.with(r.startAddress(), r.registers());
        return BlockResult.OK;
      } else if (outcome instanceof ModbusOutcome.Answered a
          && a.response() instanceof ExceptionResponse e) {
        bus.counters().countError(InverterProtocolException.Reason.EXCEPTION.name());
        if (e.code().orElse(null) == ModbusExceptionCode.ILLEGAL_DATA_ADDRESS) {
          return BlockResult.ILLEGAL_ADDRESS;
        }
        problem(
            String.format(
                "%s: exception 0x%02X (%s)", describe(block), e.exceptionCode(), e.meaning()));
      } else if (outcome instanceof ModbusOutcome.TimedOut t) {
        timedOut = true;
        problem("timeout reading " + describe(block) + " (" + t.detail() + ")");
      } else if (outcome instanceof ModbusOutcome.Garbled g) {
        problem(describe(block) + ": " + g.error().getMessage());
      }
    }
    return timedOut ? BlockResult.TIMED_OUT : BlockResult.FAILED;
  }

  private void problem(String text) {
    lastProblem = Optional.of(text);
    LOG.debug("{}: {}", deviceId, text);
  }

  private static String describe(ReadBlock b) {
    return String.format("0x%04X x%d", b.start(), b.count());
  }
}
