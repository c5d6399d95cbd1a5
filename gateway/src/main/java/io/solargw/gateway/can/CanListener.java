package io.solargw.gateway.can;

import io.solargw.gateway.bus.Backoff;
import io.solargw.gateway.poll.DeviceReport;
import io.solargw.gateway.poll.ReportSink;
import io.solargw.gateway.transport.CanSource;
import io.solargw.gateway.transport.CanSourceEvent;
import io.solargw.protocol.bms.BmsProtocolException;
import io.solargw.protocol.bms.pylon.CanFrame;
import io.solargw.protocol.bms.pylon.PylonCanCodec;
import io.solargw.protocol.bms.pylon.PylonCanMessage;
import io.solargw.protocol.bms.pylon.UnknownCanMessage;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread of a CAN bus: keeps its {@link CanSource} open (reopening with capped backoff when
 * it breaks), decodes every frame with {@link PylonCanCodec}, keeps the latest value per id, and
 * hands the rack's {@link DeviceReport} to the sink at most once per report period, when a full
 * frame set has arrived. Silence longer than {@code staleAfter} makes the rack {@code STALE},
 * longer than {@code offlineAfter} {@code OFFLINE}, reported at once; the last values are then sent
 * with that availability, never as fresh ones. Bad lines and decode errors are counted by reason,
 * logged once per reason, and never stop the thread.
 */
public final class CanListener implements Runnable {

  private static final Logger LOG = LoggerFactory.getLogger(CanListener.class);
  private static final Duration SLICE = Duration.ofMillis(200);
  private static final Duration REOPEN_FIRST = Duration.ofSeconds(1);
  private static final Duration REOPEN_CAP = Duration.ofSeconds(30);

  private final String busName;
  private final CanSource source;
  private final CanListenerSettings settings;
  private final ReportSink sink;
  private final Clock clock;
  private final CanCounters counters = new CanCounters();
  private final Backoff backoff;
  private final Set<String> loggedReasons = new HashSet<>();
  private volatile boolean running = true;
  private volatile boolean linkUp;
  private volatile long lastFrameNanos;
  private RackReporter reporter;
  private long reopenAtNanos;
  private String lastOpenError;

  /**
   * @param busName for logs and the thread name
   * @param source where frames come from (opened by the listener)
   * @param settings device id, report period, silence limits
   * @param sink where reports go
   * @param clock wall clock for report timestamps
   */
  public CanListener(
      String busName,
      CanSource source,
      CanListenerSettings settings,
      ReportSink sink,
      Clock clock) {
    this(busName, source, settings, sink, clock, new Backoff(REOPEN_FIRST, REOPEN_CAP));
  }

  CanListener(
      String busName,
      CanSource source,
      CanListenerSettings settings,
      ReportSink sink,
      Clock clock,
      Backoff backoff) {
    this.busName = busName;
    this.source = source;
    this.settings = settings;
    this.sink = sink;
    this.clock = clock;
    this.backoff = backoff;
  }

  @Override
  public void run() {
    Thread.currentThread().setName("can-" + busName);
    long start = System.nanoTime();
    reporter = new RackReporter(settings, sink, clock, counters, start);
    reopenAtNanos = start;
    try {
      while (running) {
        boolean setComplete = step();
        reporter.tick(System.nanoTime(), setComplete);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      source.close();
      linkUp = false;
    }
  }

  /** Asks the thread to stop within a fraction of a second. */
  public void stop() {
    running = false;
  }

  /** True while the source is open. */
  public boolean linkUp() {
    return linkUp;
  }

  /** The bus's counters (frames by id, unknown ids, bad lines, decode errors, link failures). */
  public CanCounters counters() {
    return counters;
  }

  /** System.nanoTime() of the last frame received (any id), 0 if none yet. */
  public long lastFrameNanos() {
    return lastFrameNanos;
  }

  /** The silence after which the rack is reported offline (and the source judged silent). */
  public Duration silenceLimit() {
    return settings.offlineAfter();
  }

  /** The bus name. */
  public String busName() {
    return busName;
  }

  /** The rack's device id. */
  public String deviceId() {
    return settings.deviceId();
  }

  /** Opens the source when it is due, or reads one event; true when a frame set completed. */
  private boolean step() throws InterruptedException {
    if (!source.isOpen()) {
      long wait = reopenAtNanos - System.nanoTime();
      if (wait > 0) {
        Thread.sleep(Math.max(1, Math.min(wait, SLICE.toNanos()) / 1_000_000));
      } else {
        open();
      }
      return false;
    }
    try {
      return receive(source.poll(SLICE));
    } catch (IOException e) {
      source.close();
      counters.countLinkFailure();
      linkUp = false;
      reporter.problem(e.getMessage());
      LOG.warn("can bus {}: {} lost: {}", busName, source.describe(), e.getMessage());
      reopenAtNanos = System.nanoTime() + backoff.next().toNanos();
      return false;
    }
  }

  private void open() {
    try {
      source.open();
      linkUp = true;
      lastOpenError = null;
      backoff.reset();
      LOG.info("can bus {}: listening on {}", busName, source.describe());
    } catch (IOException e) {
      counters.countLinkFailure();
      linkUp = false;
      reporter.problem(e.getMessage());
      Duration wait = backoff.next();
      if (!e.getMessage().equals(lastOpenError)) { // one line per distinct cause, not per retry
        LOG.warn(
            "can bus {}: {}; retrying (backoff up to {} s)",
            busName,
            e.getMessage(),
            REOPEN_CAP.toSeconds());
        lastOpenError = e.getMessage();
      }
      reopenAtNanos = System.nanoTime() + wait.toNanos();
    }
  }

  private boolean receive(CanSourceEvent event) {
    if (event instanceof CanSourceEvent.Frame f) {
      return frame(f.frame());
    }
    if (event instanceof CanSourceEvent.BadLine b) {
      counters.countBadLine(b.reason());
      problem(b.reason(), b.message());
    }
    return false;
  }

  private boolean frame(CanFrame frame) {
    long now = System.nanoTime();
    lastFrameNanos = now;
    counters.countFrame(frame.idHex());
    PylonCanMessage message;
    try {
      message = PylonCanCodec.decode(frame);
    } catch (BmsProtocolException e) {
      counters.countDecodeError(e.reason().name());
      problem(e.reason().name(), e.getMessage());
      return false;
    }
    if (message instanceof UnknownCanMessage) {
      counters.countUnknownId(frame.idHex());
      return false;
    }
    return reporter.accept(frame, message, now);
  }

  private void problem(String reason, String message) {
    reporter.problem(message);
    if (loggedReasons.add(reason)) {
      LOG.warn(
          "can bus {}: skipped ({}): {}; further ones are only counted", busName, reason, message);
    } else {
      LOG.debug("can bus {}: skipped ({}): {}", busName, reason, message);
    }
  }
}
