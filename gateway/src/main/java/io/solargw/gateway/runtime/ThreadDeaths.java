package io.solargw.gateway.runtime;

import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts threads killed by an uncaught exception, process-wide: the default uncaught-exception
 * handler logs the bug (with its stack trace: it is a bug) and counts it, so the {@code gateway}
 * device can publish {@code uncaught_exceptions} and a soak test can check it stayed 0.
 */
final class ThreadDeaths {

  private static final Logger LOG = LoggerFactory.getLogger(ThreadDeaths.class);
  private static final AtomicLong COUNT = new AtomicLong();

  private ThreadDeaths() {}

  /** Installs the counting handler (once; later calls change nothing). */
  static synchronized void install() {
    if (Thread.getDefaultUncaughtExceptionHandler() instanceof Counting) {
      return;
    }
    Thread.setDefaultUncaughtExceptionHandler(new Counting());
  }

  /** Threads that died of an uncaught exception since the process started. */
  static long count() {
    return COUNT.get();
  }

  private static final class Counting implements Thread.UncaughtExceptionHandler {
    @Override
    public void uncaughtException(Thread t, Throwable e) {
      COUNT.incrementAndGet();
      LOG.error(
          "thread {} died of an uncaught exception (a bug, please report it)", t.getName(), e);
    }
  }
}
