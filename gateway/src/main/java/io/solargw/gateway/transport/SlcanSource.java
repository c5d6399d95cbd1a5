package io.solargw.gateway.transport;

import io.solargw.protocol.bms.BmsProtocolException;
import io.solargw.protocol.bms.canline.CanLineFormat;
import io.solargw.protocol.bms.canline.CanLineParser;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;

/**
 * A USB-CAN adapter speaking SLCAN (Lawicel ASCII) over a {@link Link}: a serial port ({@link
 * SerialLink}, e.g. {@code /dev/ttyACM0}) or a TCP socket ({@link TcpLink}, a serial server).
 *
 * <p>Opening sends {@code C} (close the CAN channel; a BEL answer just means it was closed, or that
 * a half-typed command was pending in the adapter), {@code S6} (500 kbit/s, the Pylontech rate,
 * bms.md 6.1) and {@code O} (open); the last two must be answered with CR, a BEL fails the open.
 * Then every {@code t...}/{@code T...}/{@code r...} line is parsed with {@link CanLineParser}; a
 * line that does not parse is returned as a bad line, never fatal.
 */
public final class SlcanSource implements CanSource {

  /** Lawicel "Sn" codes by CAN bit rate. */
  private static final Map<Integer, String> BITRATE_COMMANDS =
      Map.of(
          10_000, "S0", 20_000, "S1", 50_000, "S2", 100_000, "S3", 125_000, "S4", 250_000, "S5",
          500_000, "S6", 800_000, "S7", 1_000_000, "S8");

  /** The Pylontech CAN rate (bms.md 6.1). */
  public static final int PYLONTECH_BITRATE = 500_000;

  /** How long an adapter may take to answer a set-up command. */
  private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(1);

  private final Link link;
  private final String bitrateCommand;
  private final Duration commandTimeout;
  private final SlcanLineBuffer input = new SlcanLineBuffer();
  private boolean open;

  /** An adapter on {@code link} at 500 kbit/s. */
  public SlcanSource(Link link) {
    this(link, PYLONTECH_BITRATE);
  }

  /**
   * @param link the adapter's serial port or TCP connection (opened by {@link #open})
   * @param bitrate CAN bit rate: 10000, 20000, 50000, 100000, 125000, 250000, 500000, 800000 or
   *     1000000
   */
  public SlcanSource(Link link, int bitrate) {
    this(link, bitrate, COMMAND_TIMEOUT);
  }

  SlcanSource(Link link, int bitrate, Duration commandTimeout) {
    this.link = link;
    this.commandTimeout = commandTimeout;
    this.bitrateCommand = BITRATE_COMMANDS.get(bitrate);
    if (bitrateCommand == null) {
      throw new IllegalArgumentException(
          "bitrate must be one of "
              + new java.util.TreeSet<>(BITRATE_COMMANDS.keySet())
              + ", got "
              + bitrate);
    }
  }

  @Override
  public void open() throws IOException {
    close();
    link.open();
    input.clear();
    try {
      command("C", false);
      command(bitrateCommand, true);
      command("O", true);
    } catch (IOException e) {
      link.close();
      throw e;
    } catch (InterruptedException e) {
      link.close();
      Thread.currentThread().interrupt();
      throw new IOException(describe() + ": interrupted during set-up", e);
    }
    open = true;
  }

  @Override
  public boolean isOpen() {
    return open && link.isOpen();
  }

  @Override
  public CanSourceEvent poll(Duration timeout) throws IOException, InterruptedException {
    requireOpen();
    long deadline = System.nanoTime() + timeout.toNanos();
    boolean readOnce = false; // even a zero timeout looks at what has arrived
    while (true) {
      if (Thread.interrupted()) {
        throw new InterruptedException();
      }
      SlcanLineBuffer.Token token = input.next();
      if (token != null) {
        CanSourceEvent event = toEvent(token);
        if (event != null) {
          return event;
        }
        continue;
      }
      long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
      if (remainingMillis <= 0 && readOnce) {
        return new CanSourceEvent.Silence();
      }
      readMore((int) Math.min(Math.max(1, remainingMillis), Integer.MAX_VALUE));
      readOnce = true;
    }
  }

  @Override
  public String describe() {
    return "slcan " + link.describe();
  }

  @Override
  public void close() {
    if (open && link.isOpen()) {
      try {
        link.write(SlcanLineBuffer.ascii("C\r")); // stop the adapter streaming; best effort
      } catch (IOException e) {
        // the adapter is already gone: nothing to stop
      }
    }
    open = false;
    link.close();
  }

  private static CanSourceEvent toEvent(SlcanLineBuffer.Token token) {
    if (token instanceof SlcanLineBuffer.Bell) {
      return new CanSourceEvent.BadLine("ADAPTER_ERROR", "the adapter answered BEL (error)");
    }
    if (token instanceof SlcanLineBuffer.Overlong o) {
      return new CanSourceEvent.BadLine(
          "OVERLONG",
          o.dropped() + " characters without CR (wrong serial rate, or not an SLCAN adapter?)");
    }
    String text = ((SlcanLineBuffer.Line) token).text();
    if (text.isEmpty() || text.charAt(0) == 'z' || text.charAt(0) == 'Z') {
      return null; // "OK" and transmit acknowledgements carry no frame
    }
    try {
      return new CanSourceEvent.Frame(CanLineParser.parse(text, CanLineFormat.SLCAN).frame());
    } catch (BmsProtocolException e) {
      return new CanSourceEvent.BadLine(e.reason().name(), e.getMessage());
    }
  }

  /** Sends {@code cmd} + CR and waits for its CR (OK) or BEL (error) answer; frames are skipped. */
  private void command(String cmd, boolean mustSucceed) throws IOException, InterruptedException {
    link.write(SlcanLineBuffer.ascii(cmd + "\r"));
    long deadline = System.nanoTime() + commandTimeout.toNanos();
    while (true) {
      SlcanLineBuffer.Token token = input.next();
      if (token instanceof SlcanLineBuffer.Bell) {
        if (mustSucceed) {
          throw new IOException(describe() + " refused the command " + cmd + " (BEL)");
        }
        return;
      }
      if (token instanceof SlcanLineBuffer.Line l && l.text().isEmpty()) {
        return;
      }
      if (token != null) {
        continue; // a frame or noise before the answer
      }
      long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
      if (remainingMillis <= 0) {
        throw new IOException(
            describe()
                + " did not answer the command "
                + cmd
                + " within "
                + commandTimeout.toMillis()
                + " ms (is it an SLCAN adapter, at the right serial rate?)");
      }
      if (Thread.interrupted()) {
        throw new InterruptedException();
      }
      readMore((int) remainingMillis);
    }
  }

  private void readMore(int timeoutMillis) throws IOException {
    try {
      input.fill(link, timeoutMillis);
    } catch (IOException e) {
      open = false;
      link.close();
      throw e;
    }
  }

  private void requireOpen() throws IOException {
    if (!isOpen()) {
      throw new IOException(describe() + " is not open");
    }
  }
}
