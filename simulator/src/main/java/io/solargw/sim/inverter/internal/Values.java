package io.solargw.sim.inverter.internal;

import io.solargw.protocol.inverter.decode.PointValue;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Point name → value, as the decoder would publish it; the encoder turns it into registers. */
public final class Values {

  private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

  private final Map<String, PointValue> map = new LinkedHashMap<>();

  /** A number in the point's unit (exact for the decimal value of {@code v}). */
  public Values num(String name, double v) {
    map.put(name, new PointValue.Decimal(BigDecimal.valueOf(Double.isFinite(v) ? v : 0)));
    return this;
  }

  /** A number given as a decimal. */
  public Values num(String name, BigDecimal v) {
    map.put(name, new PointValue.Decimal(v));
    return this;
  }

  /** Text: ASCII, a version ({@code 6.63}). */
  public Values text(String name, String v) {
    map.put(name, new PointValue.Text(v));
    return this;
  }

  /** A version in hundredths, 663 → {@code 6.63}. */
  public Values version(String name, int hundredths) {
    return text(name, BigDecimal.valueOf(hundredths, 2).toPlainString());
  }

  /** A date-time. */
  public Values time(String name, LocalDateTime t) {
    return text(name, ISO.format(t));
  }

  /** The raw value of an enum register. */
  public Values choice(String name, int raw) {
    map.put(name, new PointValue.Choice(raw, Optional.empty()));
    return this;
  }

  /** Code slots (0 = empty). */
  public Values codes(String name, List<Integer> codes) {
    map.put(name, new PointValue.Codes(codes));
    return this;
  }

  /** Raw bitfield words. */
  public Values flags(String name, List<Integer> words) {
    map.put(name, new PointValue.Flags(words, Map.of()));
    return this;
  }

  /** The values so far. */
  public Map<String, PointValue> asMap() {
    return map;
  }
}
