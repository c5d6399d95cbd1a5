package io.solargw.gateway.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Captures what the gateway logs in-process (slf4j-simple writes to whatever {@code System.err} is
 * at the time) while still showing it, so a test can assert that expected faults never log a stack
 * trace.
 */
final class LogCapture implements AutoCloseable {

  private final PrintStream original = System.err;
  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

  LogCapture() {
    OutputStream tee =
        new OutputStream() {
          @Override
          public void write(int b) {
            synchronized (captured) {
              captured.write(b);
            }
            original.write(b);
          }

          @Override
          public void write(byte[] b, int off, int len) {
            synchronized (captured) {
              captured.write(b, off, len);
            }
            original.write(b, off, len);
          }
        };
    System.setErr(new PrintStream(tee, true, StandardCharsets.UTF_8));
  }

  /** Every line logged so far. */
  List<String> lines() {
    synchronized (captured) {
      return captured.toString(StandardCharsets.UTF_8).lines().toList();
    }
  }

  /** Fails when any captured line belongs to a stack trace. */
  void assertNoStackTrace(String what) {
    assertThat(lines())
        .as("%s: log lines (a stack trace is only for bugs)", what)
        .noneMatch(l -> l.startsWith("\tat ") || l.startsWith("Caused by: "))
        .noneMatch(l -> l.contains("Exception in thread"));
  }

  @Override
  public void close() {
    System.setErr(original);
  }
}
