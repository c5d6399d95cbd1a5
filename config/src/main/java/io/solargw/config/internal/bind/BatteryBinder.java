package io.solargw.config.internal.bind;

import io.solargw.config.BatteryConfig;
import io.solargw.config.BatteryMode;
import io.solargw.config.BmsProtocolVersion;
import io.solargw.config.internal.Printable;
import io.solargw.config.internal.bind.Scalars.Invalid;
import io.solargw.config.internal.bind.Scalars.Parser;
import java.util.Arrays;
import java.util.Locale;

/** The {@code battery:} mapping of a bms bus. */
final class BatteryBinder {

  private BatteryBinder() {}

  static BatteryConfig bind(Fields battery) {
    BatteryMode mode =
        battery.get(
            "mode",
            Scalars.choice(
                "a battery mode", Arrays.asList(BatteryMode.values()), BatteryMode::keyword),
            BatteryMode.ALL_PACKS);
    int packs =
        battery.get("packs", Scalars.integer("a pack count", 1, BatteryConfig.MAX_PACKS), 1);
    BmsProtocolVersion version =
        battery.get("protocol_version", version(), BmsProtocolVersion.PACE);
    int address =
        battery.get(
            "address",
            Scalars.integer("a pack address", 0, version.maxAddress()),
            version.defaultAddress());
    int last = address + packs - 1;
    if (last > version.maxAddress()) {
      battery.error(
          battery.has("address") ? "address" : "packs",
          packs
              + " packs starting at address "
              + address
              + " need addresses up to "
              + last
              + "; "
              + version.hex()
              + " packs have addresses up to "
              + version.maxAddress()
              + " (DIP switch)");
      address = version.maxAddress() - packs + 1;
    } else if (mode == BatteryMode.ALL_PACKS
        && packs > 1
        && version == BmsProtocolVersion.PACE
        && address != 1) {
      battery.error(
          "address",
          "with mode all-packs and "
              + packs
              + " packs the master must have DIP address 1: a pack with another address only"
              + " reports itself (bms.md 5.1); set address: 1, or mode: per-pack");
    }
    return new BatteryConfig(mode, packs, version, address);
  }

  /** {@code 0x25} or {@code 0x20} (also 37/32, {@code pace}, {@code pylontech}). */
  private static Parser<BmsProtocolVersion> version() {
    Parser<Integer> number = Scalars.integer("a protocol version", 0, 255);
    return text -> {
      String t = text.strip().toLowerCase(Locale.ROOT);
      for (BmsProtocolVersion v : BmsProtocolVersion.values()) {
        if (t.equals(v.name().toLowerCase(Locale.ROOT))) {
          return v;
        }
      }
      String allowed = "; allowed: 0x25 (PACE), 0x20 (Pylontech)";
      int code;
      try {
        code = number.parse(t);
      } catch (Invalid e) {
        throw new Invalid(Printable.quote(text) + " is not a protocol version" + allowed);
      }
      if (t.equals("25") || t.equals("20")) {
        throw new Invalid(t + " is not a protocol version; write it in hex: 0x" + t);
      }
      return BmsProtocolVersion.of(code)
          .orElseThrow(() -> new Invalid(t + " is not a protocol version" + allowed));
    };
  }
}
