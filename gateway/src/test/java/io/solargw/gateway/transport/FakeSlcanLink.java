package io.solargw.gateway.transport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

/**
 * A scripted SLCAN adapter behind the {@link Link} interface: answers each command it is written
 * with the reply its script gives, and hands out queued input in the chunks it was queued in.
 * Reading with nothing queued returns 0 after a few milliseconds (a timeout), or throws once {@link
 * #breakLink} was called.
 */
final class FakeSlcanLink implements Link {

  final List<String> commands = new ArrayList<>();
  private final Deque<byte[]> input = new ArrayDeque<>();
  private final Function<String, String> replies;
  private final StringBuilder typed = new StringBuilder();
  private boolean open;
  private boolean broken;
  int opens;

  /** An adapter that answers every command with CR, like the simulator. */
  FakeSlcanLink() {
    this(cmd -> "\r");
  }

  FakeSlcanLink(Function<String, String> replies) {
    this.replies = replies;
  }

  /** An adapter answering the commands in {@code map} as given, every other one with CR. */
  static FakeSlcanLink answering(Map<String, String> map) {
    return new FakeSlcanLink(cmd -> map.getOrDefault(cmd, "\r"));
  }

  /** Queues bytes the adapter sends, as one read's worth. */
  FakeSlcanLink send(String ascii) {
    input.add(ascii.getBytes(StandardCharsets.ISO_8859_1));
    return this;
  }

  /** From now on reads throw, as on an unplugged adapter. */
  void breakLink() {
    broken = true;
  }

  @Override
  public void open() throws IOException {
    if (broken) {
      throw new IOException("fake adapter is unplugged");
    }
    opens++;
    open = true;
  }

  @Override
  public boolean isOpen() {
    return open;
  }

  @Override
  public void write(byte[] bytes) throws IOException {
    if (broken) {
      throw new IOException("fake adapter is unplugged");
    }
    for (byte b : bytes) {
      if (b == '\r') {
        String cmd = typed.toString();
        typed.setLength(0);
        commands.add(cmd);
        String reply = replies.apply(cmd);
        if (reply != null) {
          send(reply);
        }
      } else {
        typed.append((char) b);
      }
    }
  }

  @Override
  public int read(byte[] buffer, int offset, int length, int timeoutMillis) throws IOException {
    if (broken) {
      open = false;
      throw new IOException("fake adapter is unplugged");
    }
    byte[] chunk = input.poll();
    if (chunk == null) {
      // a real link waits out its timeout; a short park keeps a polling loop from spinning
      LockSupport.parkNanos(Math.min(timeoutMillis, 5) * 1_000_000L);
      return 0;
    }
    int n = Math.min(length, chunk.length);
    System.arraycopy(chunk, 0, buffer, offset, n);
    if (n < chunk.length) {
      byte[] rest = new byte[chunk.length - n];
      System.arraycopy(chunk, n, rest, 0, rest.length);
      input.addFirst(rest);
    }
    return n;
  }

  @Override
  public void discardInput() {
    input.clear();
  }

  @Override
  public String describe() {
    return "fake-slcan";
  }

  @Override
  public void close() {
    open = false;
  }
}
