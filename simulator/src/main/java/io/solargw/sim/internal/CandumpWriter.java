package io.solargw.sim.internal;

import io.solargw.protocol.bms.pylon.CanFrame;
import io.solargw.sim.can.CandumpLog;
import io.solargw.sim.site.SiteState;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends the rack's CAN frame sets to a candump log file ({@code candump -L} format, interface
 * {@code can0}), each stamped with the simulated time read as UTC, so a replay follows the
 * simulated day.
 */
public final class CandumpWriter implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(CandumpWriter.class);

  private final Writer out;
  private final CandumpLog log;
  private final Supplier<SiteState> state;
  private long lastMicros = Long.MIN_VALUE;

  /**
   * @param file created or appended to
   * @param state where the time stamps come from
   */
  public CandumpWriter(Path file, Supplier<SiteState> state) throws IOException {
    this.out =
        Files.newBufferedWriter(
            file, StandardCharsets.US_ASCII, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    this.log = new CandumpLog(out, "can0");
    this.state = state;
  }

  /** Appends one frame set (never twice with the same stamp: a paused clock writes nothing). */
  public synchronized void write(List<CanFrame> frames) {
    long micros =
        ChronoUnit.MICROS.between(Instant.EPOCH, state.get().time().toInstant(ZoneOffset.UTC));
    if (micros <= lastMicros) {
      return;
    }
    lastMicros = micros;
    try {
      log.write(frames, micros);
    } catch (IOException e) {
      LOG.warn("candump log write failed: {}", e.getMessage());
    }
  }

  @Override
  public synchronized void close() throws IOException {
    out.close();
  }
}
