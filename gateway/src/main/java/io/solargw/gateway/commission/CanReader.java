package io.solargw.gateway.commission;

import io.solargw.gateway.transport.CanSource;
import io.solargw.gateway.transport.CanSourceEvent;
import io.solargw.protocol.bms.BmsProtocolException;
import io.solargw.protocol.bms.pylon.CanFrame;
import io.solargw.protocol.bms.pylon.PylonCanCodec;
import io.solargw.protocol.bms.pylon.PylonCanMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Listens to a CAN source until the rack's summary frames (0x351, 0x355, 0x356, 0x359, 0x35C) have
 * all arrived or the window ends. The master broadcasts its set once per second (bms.md 6.1), so a
 * window of a few seconds sees every frame at least once.
 */
public final class CanReader {

  /** The ids compared with RS485 and checked for sanity. */
  static final List<Integer> SUMMARY_IDS = List.of(0x351, 0x355, 0x356, 0x359, 0x35C);

  private static final Duration POLL = Duration.ofMillis(200);

  private CanReader() {}

  /** Reads {@code source} for at most {@code window}; never throws for a broken source. */
  public static CanReading read(CanSource source, Duration window) throws InterruptedException {
    String name = source.describe();
    Map<Integer, Map<String, Object>> latest = new TreeMap<>();
    int frames = 0;
    int bad = 0;
    long deadline = System.nanoTime() + window.toNanos();
    try (source) {
      source.open();
      while (System.nanoTime() < deadline && !latest.keySet().containsAll(SUMMARY_IDS)) {
        CanSourceEvent e = source.poll(POLL);
        if (e instanceof CanSourceEvent.Frame f) {
          frames++;
          decode(f.frame(), latest);
        } else if (e instanceof CanSourceEvent.BadLine) {
          bad++;
        }
      }
    } catch (IOException e) {
      if (frames == 0) {
        return CanReading.failed(name, e.getMessage());
      }
    }
    Map<String, Object> values = new LinkedHashMap<>();
    latest.values().forEach(values::putAll);
    values.remove("uncertain_fields");
    values.remove("reserved_bits");
    List<String> ids = latest.keySet().stream().map(id -> String.format("0x%03X", id)).toList();
    return new CanReading(name, values, ids, frames, bad, java.util.Optional.empty());
  }

  private static void decode(CanFrame frame, Map<Integer, Map<String, Object>> latest) {
    if (!SUMMARY_IDS.contains(frame.id())) {
      return;
    }
    try {
      PylonCanMessage m = PylonCanCodec.decode(frame);
      latest.put(frame.id(), m.jsonFields());
    } catch (BmsProtocolException e) {
      // a damaged summary frame: the next one (a second later) replaces it
    }
  }
}
