package io.solargw.protocol.inverter.decode.internal;

import io.solargw.protocol.inverter.decode.PointValue;
import io.solargw.protocol.inverter.profile.BatteryCurrentSign;
import io.solargw.protocol.inverter.profile.InverterProfile;
import io.solargw.protocol.inverter.profile.PointConvention;
import io.solargw.protocol.inverter.profile.PointSpec;
import io.solargw.protocol.inverter.profile.PointType;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Decodes one point from its register words. Never throws for any words. */
public final class PointDecoder {

  private static final List<Integer> SYSTEM_VOLTS = List.of(12, 24, 36, 48);

  private final InverterProfile profile;

  /**
   * @param profile for sentinels, enum tables and the battery-current sign
   */
  public PointDecoder(InverterProfile profile) {
    this.profile = profile;
  }

  /** The value of {@code point} from exactly {@code point.length()} words. */
  public PointValue decode(PointSpec point, int[] words, Optional<Integer> systemVolts) {
    Optional<PointValue> sentinel = sentinel(point, words);
    if (sentinel.isPresent()) {
      return sentinel.get();
    }
    return switch (point.type()) {
      case U16, S16, U32, S32 -> number(point, words, systemVolts);
      case ENUM -> {
        var table = profile.enumTable(point.enumTable());
        yield new PointValue.Choice(words[0], table.flatMap(t -> t.of(words[0])));
      }
      case VERSION -> new PointValue.Text(BigDecimal.valueOf(words[0], 2).toPlainString());
      case ASCII -> WordDecoding.ascii(words, point.address());
      case DATETIME -> WordDecoding.dateTime(words);
      case BITFIELD -> flags(point, words);
      case CODES -> new PointValue.Codes(Arrays.stream(words).boxed().toList());
    };
  }

  private Optional<PointValue> sentinel(PointSpec point, int[] words) {
    if (point.type() == PointType.ASCII || point.type() == PointType.CODES) {
      return Optional.empty();
    }
    Set<Integer> sentinels = profile.sentinelsFor(point);
    if (sentinels.isEmpty() || Arrays.stream(words).anyMatch(w -> !sentinels.contains(w))) {
      return Optional.empty();
    }
    return Optional.of(
        new PointValue.Unavailable(
            String.format(
                "register %04X = 0x%04X: not supported (sentinel)", point.address(), words[0])));
  }

  private PointValue number(PointSpec point, int[] words, Optional<Integer> systemVolts) {
    long raw = WordDecoding.integer(point.type(), words, point.wordOrder());
    if (point.scale().needsSystemVoltage()
        && (systemVolts.isEmpty() || !SYSTEM_VOLTS.contains(systemVolts.get()))) {
      return new PointValue.Unavailable(
          "battery-voltage scale needs the system voltage (E003: 12/24/36/48 V), which is "
              + systemVolts.map(v -> v + " V").orElse("unknown"));
    }
    BigDecimal value =
        BigDecimal.valueOf(raw).multiply(point.scale().unitValue(systemVolts.orElse(12)));
    if (value.scale() < 0) {
      value = value.setScale(0);
    }
    if (point.convention() == PointConvention.BATTERY_CURRENT
        && profile.batteryCurrentPositive() == BatteryCurrentSign.DISCHARGING) {
      value = value.negate();
    }
    return new PointValue.Decimal(value);
  }

  private static PointValue flags(PointSpec point, int[] words) {
    Map<String, Boolean> bits = new LinkedHashMap<>();
    point.bits().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e -> bits.put(e.getValue(), (words[e.getKey() / 16] >> (e.getKey() % 16) & 1) == 1));
    return new PointValue.Flags(Arrays.stream(words).boxed().toList(), bits);
  }
}
