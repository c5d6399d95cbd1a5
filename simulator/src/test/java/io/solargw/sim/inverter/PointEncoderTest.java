package io.solargw.sim.inverter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.solargw.protocol.inverter.codes.CodeTable;
import io.solargw.protocol.inverter.decode.InverterSnapshot;
import io.solargw.protocol.inverter.decode.PointReading;
import io.solargw.protocol.inverter.decode.PointValue;
import io.solargw.protocol.inverter.decode.RegisterImage;
import io.solargw.protocol.inverter.decode.SnapshotDecoder;
import io.solargw.protocol.inverter.profile.PointKind;
import io.solargw.protocol.inverter.profile.PointSpec;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The encoder is the inverse of protocol-inverter's decoder: for every point of the default
 * profile, {@code decode(encode(v))} gives back {@code v} within one scale step (seeded random
 * values; the seed is in the failure message).
 */
class PointEncoderTest {

  private static final PointEncoder ENCODER = new PointEncoder(StackFixture.PROFILE);
  private static final SnapshotDecoder DECODER =
      new SnapshotDecoder(StackFixture.PROFILE, CodeTable.loadDefault());

  static Stream<PointSpec> points() {
    return StackFixture.PROFILE.points().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("points")
  void decodingTheEncodedWordsGivesTheValueBack(PointSpec point) {
    SplittableRandom random = new SplittableRandom(point.address());
    for (int round = 0; round < 50; round++) {
      PointValue value = randomValue(point, random);
      int[] words = ENCODER.encode(point, value, 48);
      if (StackFixture.PROFILE.sentinelsFor(point).contains(words[0])) {
        continue; // a sentinel word decodes as "not supported", never as a value
      }
      PointValue back = decode(point, words);
      String where = point.name() + " seed " + point.address() + " round " + round + ": " + value;
      assertSame(point, value, back, where);
    }
  }

  @Test
  void numbersSaturateAtTheTypeRangeLikeAFirmware() {
    PointSpec soc = StackFixture.PROFILE.point("battery_soc_pct").orElseThrow();
    assertThat(ENCODER.encode(soc, decimal(-5), 48)).containsExactly(0);
    assertThat(ENCODER.encode(soc, decimal(70000), 48)).containsExactly(0xFFFF);
  }

  @Test
  void batteryCurrentIsStoredWithTheRawSignOfTheProfile() {
    // Profile: a positive raw 0x0102 means discharging (doc 3.2); published + = charging.
    PointSpec current = StackFixture.PROFILE.point("battery_current_A").orElseThrow();
    assertThat(ENCODER.encode(current, decimal(7.2), 48)).containsExactly(0xFFB8);
    assertThat(ENCODER.encode(current, decimal(-7.2), 48)).containsExactly(72);
  }

  @Test
  void thirtyTwoBitValuesKeepTheLowWordFirst() {
    PointSpec total = StackFixture.PROFILE.point("battery_charge_total_Ah").orElseThrow();
    // Capture F034/F035 = 0x11CE, 0x0000 -> 4558 Ah (doc 2.6).
    assertThat(ENCODER.encode(total, decimal(4558), 48)).containsExactly(0x11CE, 0);
  }

  @Test
  void aValueOfTheWrongKindIsRefusedNamingThePoint() {
    PointSpec serial = StackFixture.PROFILE.point("serial_number").orElseThrow();
    assertThatThrownBy(() -> ENCODER.encode(serial, decimal(1), 48))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("serial_number");
  }

  private static PointValue decode(PointSpec point, int[] words) {
    Map<Integer, Integer> map = new TreeMap<>();
    map.put(0xE003, 48);
    for (int i = 0; i < words.length; i++) {
      map.put(point.address() + i, words[i]);
    }
    InverterSnapshot s = DECODER.decode(new RegisterImage(new TreeMap<>(map)));
    Optional<PointReading> r =
        point.kind() == PointKind.SETTING ? s.setting(point.name()) : s.point(point.name());
    return r.orElseThrow().value();
  }

  private static void assertSame(PointSpec p, PointValue sent, PointValue back, String where) {
    if (sent instanceof PointValue.Decimal d) {
      BigDecimal step = p.scale().unitValue(48);
      assertThat(back).as(where).isInstanceOf(PointValue.Decimal.class);
      BigDecimal got = ((PointValue.Decimal) back).value();
      assertThat(got.subtract(d.value()).abs()).as(where).isLessThanOrEqualTo(step);
    } else if (sent instanceof PointValue.Choice c) {
      assertThat(((PointValue.Choice) back).raw()).as(where).isEqualTo(c.raw());
    } else if (sent instanceof PointValue.Codes c) {
      assertThat(((PointValue.Codes) back).codes()).as(where).isEqualTo(c.codes());
    } else if (sent instanceof PointValue.Flags f) {
      assertThat(((PointValue.Flags) back).words()).as(where).isEqualTo(f.words());
    } else {
      assertThat(back).as(where).isEqualTo(sent);
    }
  }

  private static PointValue randomValue(PointSpec p, SplittableRandom r) {
    return switch (p.type()) {
      case U16 -> scaled(p, r.nextInt(0, 0x10000));
      case S16 -> scaled(p, r.nextInt(Short.MIN_VALUE, Short.MAX_VALUE + 1));
      case U32 -> scaled(p, r.nextLong(0, 0x1_0000_0000L));
      case S32 -> scaled(p, r.nextLong(Integer.MIN_VALUE, Integer.MAX_VALUE + 1L));
      case ENUM -> new PointValue.Choice(r.nextInt(0, 11), Optional.empty());
      case VERSION ->
          new PointValue.Text(BigDecimal.valueOf(r.nextInt(0, 0x10000), 2).toPlainString());
      case ASCII -> new PointValue.Text(ascii(r, p.length()));
      case DATETIME -> new PointValue.Text(dateTime(r, p.length()));
      case BITFIELD -> new PointValue.Flags(words(r, p.length()), Map.of());
      case CODES -> new PointValue.Codes(words(r, p.length()));
    };
  }

  private static PointValue scaled(PointSpec p, long raw) {
    BigDecimal value = BigDecimal.valueOf(raw).multiply(p.scale().unitValue(48));
    return new PointValue.Decimal(value);
  }

  private static String ascii(SplittableRandom r, int max) {
    StringBuilder s = new StringBuilder();
    int n = r.nextInt(1, max + 1);
    for (int i = 0; i < n; i++) {
      s.append((char) r.nextInt(0x21, 0x7F));
    }
    return s.toString();
  }

  private static String dateTime(SplittableRandom r, int length) {
    LocalDateTime t =
        LocalDateTime.of(2000 + r.nextInt(0, 100), 1, 1, 0, 0)
            .plusSeconds(r.nextLong(0, 31_000_000));
    t = length > 2 ? t : t.withMinute(0).withSecond(0);
    String iso =
        String.format(
            "%04d-%02d-%02dT%02d", t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour());
    return length > 2 ? iso + String.format(":%02d:%02d", t.getMinute(), t.getSecond()) : iso;
  }

  private static List<Integer> words(SplittableRandom r, int n) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(r.nextInt(0, 0x10000));
    }
    return out;
  }

  private static PointValue decimal(double v) {
    return new PointValue.Decimal(BigDecimal.valueOf(v));
  }
}
