package io.solargw.gateway.can;

import io.solargw.gateway.poll.Availability;
import io.solargw.gateway.poll.DeviceReport;
import io.solargw.gateway.poll.ReportSink;
import io.solargw.protocol.bms.pylon.CanFrame;
import io.solargw.protocol.bms.pylon.PylonCanMessage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides when a rack is reported and with which availability, and builds the report. A report goes
 * out when the report period has passed and a full frame set has just arrived; when the period has
 * passed by {@code staleAfter} without a full set (a silent bus); and at once when the availability
 * drops (to {@code STALE} or {@code OFFLINE}), or comes back with a full set. Not thread-safe: the
 * listener thread owns it.
 */
final class RackReporter {

  private static final Logger LOG = LoggerFactory.getLogger(RackReporter.class);

  private final CanListenerSettings settings;
  private final ReportSink sink;
  private final Clock clock;
  private final CanCounters counters;
  private final RackState rack = new RackState();
  private final FrameCycle cycle = new FrameCycle();
  private final long startNanos;
  private long lastBatteryFrameNanos;
  private boolean heard;
  private long lastReportNanos;
  private long rateSinceNanos;
  private long framesAtLastReport;
  private Availability lastAvailability;
  private Optional<String> problem = Optional.empty();

  RackReporter(
      CanListenerSettings settings,
      ReportSink sink,
      Clock clock,
      CanCounters counters,
      long startNanos) {
    this.settings = settings;
    this.sink = sink;
    this.clock = clock;
    this.counters = counters;
    this.startNanos = startNanos;
    this.lastReportNanos = startNanos - settings.reportPeriod().toNanos(); // the first set reports
    this.rateSinceNanos = startNanos;
  }

  /**
   * Keeps a decoded frame.
   *
   * @return true when it completed a frame set of the battery
   */
  boolean accept(CanFrame frame, PylonCanMessage message, long nanos) {
    rack.accept(frame, message, nanos);
    if (!RackState.fromBattery(message)) {
      return false;
    }
    lastBatteryFrameNanos = nanos;
    heard = true;
    return cycle.accept(frame.id());
  }

  /** Remembers the latest problem, sent with the next report. */
  void problem(String text) {
    problem = Optional.of(text);
  }

  /** Sends a report if one is due at {@code now}. */
  void tick(long now, boolean setComplete) {
    Availability availability = availability(now);
    long sinceDue = now - lastReportNanos - settings.reportPeriod().toNanos();
    boolean due = sinceDue >= 0 && setComplete;
    boolean overdue = sinceDue >= settings.staleAfter().toNanos(); // no full set is coming
    boolean changed =
        lastAvailability != null
            && availability != lastAvailability
            && (availability != Availability.ONLINE || setComplete);
    if (due || overdue || changed) {
      report(now, availability);
    }
  }

  /** ONLINE while the battery spoke within {@code staleAfter}, then STALE, then OFFLINE. */
  Availability availability(long now) {
    long silence = now - (heard ? lastBatteryFrameNanos : startNanos);
    if (silence > settings.offlineAfter().toNanos()) {
      return Availability.OFFLINE;
    }
    return heard && silence <= settings.staleAfter().toNanos()
        ? Availability.ONLINE
        : Availability.STALE;
  }

  private void report(long now, Availability availability) {
    List<String> staleIds = new ArrayList<>();
    long maxAge =
        availability == Availability.ONLINE ? settings.staleAfter().toNanos() : Long.MAX_VALUE;
    Map<String, Object> values = rack.values(now, maxAge, staleIds);
    long frames = counters.frames();
    double seconds = Math.max(1e-3, (now - rateSinceNanos) / 1e9);
    BigDecimal rate =
        BigDecimal.valueOf((frames - framesAtLastReport) / seconds)
            .setScale(1, RoundingMode.HALF_UP);
    values.put("frames_per_s", rate);
    values.put("unknown_ids", List.copyOf(counters.snapshot().unknownIds()));
    if (!staleIds.isEmpty()) {
      values.put("stale_ids", List.copyOf(staleIds));
    }
    if (availability != Availability.ONLINE && problem.isEmpty()) {
      problem =
          Optional.of(
              heard
                  ? "no battery frame for " + (now - lastBatteryFrameNanos) / 1_000_000 + " ms"
                  : "no battery frame yet");
    }
    try {
      sink.accept(
          new DeviceReport(settings.deviceId(), availability, clock.instant(), values, problem));
    } catch (RuntimeException e) {
      LOG.error("{}: a report sink failed", settings.deviceId(), e); // a bug: keep listening
    }
    problem = Optional.empty();
    lastReportNanos = now;
    rateSinceNanos = now;
    framesAtLastReport = frames;
    lastAvailability = availability;
  }
}
