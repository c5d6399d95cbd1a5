package io.solargw.gateway.transport;

import io.solargw.protocol.bms.BmsProtocolException;
import io.solargw.protocol.bms.canline.CanLine;
import io.solargw.protocol.bms.canline.CanLineParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Replays a candump log ({@code candump -l}: {@code (1700000000.123456) can0 351#...}; compact,
 * classic and SLCAN lines are read too) as if it were a live bus: paced by its timestamps at a
 * speed factor, or as fast as possible; once or looping. The file is read one line at a time, so a
 * log of any length is never held in memory.
 *
 * <p>Blank lines are skipped; a line that does not parse comes back as a bad line with its line
 * number. Lines without a timestamp are due at once. When the timestamps go backwards (a looped or
 * concatenated log) the pace restarts from that line. After the end of a file that is not looped
 * (or a looped file without a single frame) the source stays open and silent, like a quiet bus.
 */
public final class CandumpReplaySource implements CanSource {

  /**
   * Longest line read (a candump line of a CAN FD frame is under 200 characters): the rest of a
   * longer one is skipped, so a file that is not a candump log (an image, a binary) cannot fill the
   * memory with one endless line.
   */
  static final int MAX_LINE = 1024;

  private final Path file;
  private final CandumpReplaySettings settings;
  private BufferedReader reader;
  private long lineNumber;
  private long framesThisPass;
  private CanLine pending;
  private BigDecimal baseSeconds;
  private long baseNanos;
  private boolean finished;

  /**
   * @param file the log
   * @param settings pace and looping
   */
  public CandumpReplaySource(Path file, CandumpReplaySettings settings) {
    this.file = file;
    this.settings = settings;
  }

  @Override
  public void open() throws IOException {
    close();
    startPass();
    finished = false;
  }

  @Override
  public boolean isOpen() {
    return reader != null;
  }

  /** True once a replay that does not loop has reached the end of the file. */
  public boolean finished() {
    return finished;
  }

  @Override
  public CanSourceEvent poll(Duration timeout) throws IOException, InterruptedException {
    if (reader == null) {
      throw new IOException(describe() + " is not open");
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      if (pending == null) {
        CanSourceEvent bad = readNext();
        if (bad != null) {
          return bad;
        }
        if (pending == null) { // end of the log: a quiet bus
          sleepUntil(deadline);
          return new CanSourceEvent.Silence();
        }
      }
      long due = dueNanos(pending);
      long now = System.nanoTime();
      if (due - now <= 0) {
        CanSourceEvent frame = new CanSourceEvent.Frame(pending.frame());
        pending = null;
        return frame;
      }
      if (deadline - now <= 0) {
        return new CanSourceEvent.Silence();
      }
      sleepUntil(due - deadline < 0 ? due : deadline);
    }
  }

  @Override
  public String describe() {
    return "candump-replay "
        + file
        + (settings.paced() ? " at " + settings.speed() + "x" : " as fast as possible")
        + (settings.loop() ? ", looping" : "");
  }

  @Override
  public void close() {
    if (reader != null) {
      try {
        reader.close();
      } catch (IOException e) {
        // a read-only file: nothing was lost
      }
      reader = null;
    }
    pending = null;
  }

  /** Reads lines until a frame is pending (null returned), a bad line, or the end (no pending). */
  private CanSourceEvent readNext() throws IOException {
    while (!finished) {
      String line = readLine();
      if (line == null) {
        if (settings.loop() && framesThisPass > 0) {
          close();
          startPass();
          continue;
        }
        finished = true;
        return null;
      }
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      if (line.length() > MAX_LINE) {
        return new CanSourceEvent.BadLine(
            "TOO_LONG",
            file.getFileName()
                + " line "
                + lineNumber
                + ": longer than "
                + MAX_LINE
                + " characters (is this a candump log?)");
      }
      try {
        pending = CanLineParser.parse(line);
        framesThisPass++;
        return null;
      } catch (BmsProtocolException e) {
        return new CanSourceEvent.BadLine(
            e.reason().name(), file.getFileName() + " line " + lineNumber + ": " + e.getMessage());
      }
    }
    return null;
  }

  /**
   * The next line without its terminator (LF, CR or CR LF), or null at the end; a line longer than
   * {@link #MAX_LINE} comes back cut to {@code MAX_LINE + 1} characters, the rest skipped.
   */
  private String readLine() throws IOException {
    StringBuilder line = new StringBuilder();
    int c;
    while ((c = reader.read()) >= 0) {
      if (c == '\n') {
        return line.toString();
      }
      if (c == '\r') {
        reader.mark(1);
        if (reader.read() != '\n') {
          reader.reset();
        }
        return line.toString();
      }
      if (line.length() <= MAX_LINE) {
        line.append((char) c);
      }
    }
    return line.length() == 0 ? null : line.toString();
  }

  private void startPass() throws IOException {
    try {
      reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1);
    } catch (NoSuchFileException e) {
      throw new IOException("candump log " + file + " does not exist", e);
    } catch (IOException e) {
      throw new IOException("cannot read candump log " + file + ": " + e.getMessage(), e);
    }
    lineNumber = 0;
    framesThisPass = 0;
    baseSeconds = null;
  }

  private long dueNanos(CanLine line) {
    long now = System.nanoTime();
    if (!settings.paced() || line.timestampSeconds().isEmpty()) {
      return now;
    }
    BigDecimal seconds = line.timestampSeconds().get();
    if (baseSeconds == null || seconds.compareTo(baseSeconds) < 0) {
      baseSeconds = seconds;
      baseNanos = now;
    }
    double logNanos = seconds.subtract(baseSeconds).doubleValue() * 1e9;
    return baseNanos + (long) (logNanos / settings.speed());
  }

  private static void sleepUntil(long nanoTime) throws InterruptedException {
    long wait = nanoTime - System.nanoTime();
    if (wait > 0) {
      Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }
  }
}
