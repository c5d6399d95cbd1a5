package io.solargw.config.internal.bind;

import io.solargw.config.BatteryConfig;
import io.solargw.config.BatteryMode;
import io.solargw.config.BmsProtocolVersion;
import io.solargw.config.BusProtocol;
import io.solargw.config.BusTiming;
import io.solargw.config.SerialTransport;
import io.solargw.config.Transport;
import java.time.Duration;
import java.util.Optional;

/** A bus's {@code timeout_ms}, {@code retries} and {@code gap_ms}, with per-protocol defaults. */
final class TimingBinder {

  /** Inverters: 1 s timeout, one retry, 200 ms idle (inverter-modbus.md 2.5 recommendation). */
  static final BusTiming INVERTER = timing(1000, 1, 200);

  /** PACE packs: 1000 ms timeout, 50 ms throttle (bms.md 1.8, nkinnan's v25 values). */
  static final BusTiming PACE = timing(1000, 1, 50);

  /** Pylontech / v20 packs: 2000 ms timeout, 200 ms throttle (bms.md 1.8). */
  static final BusTiming PYLONTECH = timing(2000, 1, 200);

  /**
   * CAN: the rack broadcasts about once a second; 3 s of silence counts as a failure (bms.md 6.1).
   */
  static final BusTiming CAN = timing(3000, 0, 0);

  /** ASCII characters of an all-packs analog answer outside the pack blocks (bms.md 5.7). */
  static final int FRAME_CHARS = 22;

  /** ASCII characters of one 16S/6T pack block in an all-packs analog answer (bms.md 5.7, V9). */
  static final int CHARS_PER_PACK = 146;

  /** A converter's serial side is assumed to run at 9600 baud, 8N1 (10 bits per character). */
  private static final int ASSUMED_BAUD = 9600;

  private static final int ASSUMED_BITS_PER_CHAR = 10;

  private TimingBinder() {}

  static BusTiming bind(
      Fields bus, BusProtocol protocol, Optional<BatteryConfig> battery, Transport transport) {
    BusTiming defaults = defaults(protocol, battery, transport);
    if (protocol == BusProtocol.CAN) {
      for (String key : new String[] {"retries", "gap_ms"}) {
        if (bus.has(key)) {
          bus.warning(
              key, "is ignored on a can bus: the gateway only listens, it sends no requests");
        }
      }
    }
    Duration timeout =
        bus.get(
            "timeout_ms",
            Scalars.millis(BusTiming.MIN_TIMEOUT_MS, BusTiming.MAX_TIMEOUT_MS),
            defaults.timeout());
    if (protocol == BusProtocol.CAN) {
      return new BusTiming(timeout, 0, Duration.ZERO);
    }
    int retries =
        bus.get(
            "retries",
            Scalars.integer("a number of retries", 0, BusTiming.MAX_RETRIES),
            defaults.retries());
    Duration gap = bus.get("gap_ms", Scalars.millis(0, BusTiming.MAX_GAP_MS), defaults.gap());
    return new BusTiming(timeout, retries, gap);
  }

  /**
   * The defaults. An all-packs request to several packs adds the wire time of the longest answer
   * (analog, {@code 22 + 146 x packs} characters), since 500 ms is too short beyond about 3 packs
   * at 9600 baud (bms.md 5.7): 15 packs at 9600 8N1 add 2305 ms.
   */
  static BusTiming defaults(
      BusProtocol protocol, Optional<BatteryConfig> battery, Transport transport) {
    return switch (protocol) {
      case INVERTER -> INVERTER;
      case CAN -> CAN;
      case BMS -> {
        BusTiming base =
            battery.map(BatteryConfig::protocolVersion).orElse(BmsProtocolVersion.PACE)
                    == BmsProtocolVersion.PYLONTECH
                ? PYLONTECH
                : PACE;
        int packs =
            battery
                .filter(b -> b.mode() == BatteryMode.ALL_PACKS)
                .map(BatteryConfig::packs)
                .orElse(1);
        long wire = packs > 1 ? allPacksWireMillis(packs, transport) : 0;
        long timeout = Math.min(BusTiming.MAX_TIMEOUT_MS, base.timeout().toMillis() + wire);
        yield new BusTiming(Duration.ofMillis(timeout), base.retries(), base.gap());
      }
    };
  }

  private static long allPacksWireMillis(int packs, Transport transport) {
    long chars = FRAME_CHARS + (long) CHARS_PER_PACK * packs;
    long baud = ASSUMED_BAUD;
    long bits = ASSUMED_BITS_PER_CHAR;
    if (transport instanceof SerialTransport serial) {
      baud = serial.baud();
      bits = serial.framing().bitsPerCharacter();
    }
    return (chars * bits * 1000 + baud - 1) / baud;
  }

  private static BusTiming timing(int timeoutMs, int retries, int gapMs) {
    return new BusTiming(Duration.ofMillis(timeoutMs), retries, Duration.ofMillis(gapMs));
  }
}
