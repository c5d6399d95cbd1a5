package io.solargw.gateway.bench;

import io.solargw.gateway.bus.BusCounters;
import io.solargw.gateway.bus.CycleListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Records every completed poll cycle of every bus: duration, transactions, bytes. */
final class CycleRecorder implements CycleListener {

  /** One completed cycle. */
  record Cycle(long nanos, long transactions, long bytes) {}

  private record Start(BusCounters.Snapshot counters, long nanoTime) {}

  private final Map<String, Start> started = new ConcurrentHashMap<>();
  private final Map<String, List<Cycle>> cycles = new ConcurrentHashMap<>();

  @Override
  public void cycleStarted(String bus, BusCounters.Snapshot counters, long nanoTime) {
    started.put(bus, new Start(counters, nanoTime));
  }

  @Override
  public void cycleEnded(String bus, BusCounters.Snapshot counters, long nanoTime) {
    Start s = started.remove(bus);
    if (s == null) {
      return;
    }
    long tx = counters.transactions() - s.counters().transactions();
    long bytes =
        counters.bytesOut() + counters.bytesIn() - s.counters().bytesOut() - s.counters().bytesIn();
    List<Cycle> list = cycles.computeIfAbsent(bus, b -> new ArrayList<>());
    synchronized (list) {
      list.add(new Cycle(nanoTime - s.nanoTime(), tx, bytes));
    }
  }

  /** Completed cycles of {@code bus} so far, oldest first. */
  List<Cycle> cycles(String bus) {
    List<Cycle> list = cycles.getOrDefault(bus, List.of());
    synchronized (list) {
      return List.copyOf(list);
    }
  }
}
