package io.solargw.protocol.inverter.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.solargw.protocol.inverter.profile.InverterProfile;
import io.solargw.protocol.inverter.profile.ProfileLoader;
import io.solargw.protocol.inverter.profile.SettingDomain;
import io.solargw.protocol.inverter.profile.SettingSpec;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Register writes for settings, read-back decoding, and encode → decode round trips. */
class SettingEncodingTest {

  private static final InverterProfile PROFILE = ProfileLoader.loadDefault();
  private static final SettingsCodec CODEC = new SettingsCodec(PROFILE);

  record Example(String code, String value, int volts, int register, int raw) {
    @Override
    public String toString() {
      return code + " " + value + " @" + volts + " V";
    }
  }

  static Stream<Example> examples() {
    return Stream.of(
        new Example("CHM", "SNU", 48, 0xE20F, 2), // vector T16
        new Example("WFM", "SBU", 48, 0xE204, 2),
        new Example("POF", "OFF", 48, 0xDF00, 0),
        new Example("OPF", "60", 48, 0xE209, 6000),
        new Example("GOV", "230", 48, 0xE208, 2300),
        new Example("MCC", "60", 48, 0xE20A, 600),
        new Example("ACM", "50", 48, 0xE205, 500),
        new Example("BTG", "46", 48, 0xE01B, 115), // 46 V / (48/12) / 0.1
        new Example("ICV", "57.6", 48, 0xE008, 144), // protocol doc 2.6: 57.6 V -> 144
        new Example("ICV", "29.2", 24, 0xE008, 146), // 24 V SMX II: raw 146 = 29.2 V
        new Example("FLV", "13.8", 12, 0xE009, 138),
        new Example("BUA", "33", 36, 0xE00C, 110),
        new Example("LDV", "46.5", 48, 0xE052, 465), // absolute 0.1 V register
        new Example("BMS", "485", 48, 0xE215, 1),
        new Example("BDS", "PYL", 48, 0xE21B, 8),
        new Example("PMD", "3P3", 48, 0xE201, 7),
        new Example("BTP", "N14", 48, 0xE004, 13),
        new Example("GFE", "ENA", 48, 0xE037, 1),
        new Example("CCS", "95", 48, 0xE01D, 95),
        new Example("PDI", "3", 48, 0xE200, 3));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void encodesTheRegisterWrite(Example e) throws SettingRejectedException {
    SettingSpec spec = CODEC.spec(e.code());
    List<RegisterWrite> writes =
        CODEC.encode(spec, e.value(), Contexts.satisfying(spec, e.volts()));
    assertThat(writes).containsExactly(new RegisterWrite(e.register(), e.raw()));
    SettingReading back = CODEC.decode(spec, e.raw(), Optional.of(e.volts()));
    SettingValue value = back.value().orElseThrow();
    if (value instanceof SettingValue.Number n) {
      assertThat(n.value()).isEqualByComparingTo(e.value());
    } else {
      assertThat(value.text()).isEqualTo(e.value());
    }
  }

  @Test
  void refusedWritesThrowWithEveryReason() {
    SettingSpec btg = CODEC.spec("BTG");
    SettingContext context = SettingContext.ofSystemVolts(48).with("BTP", "L16");
    SettingRejectedException e =
        catchThrowableOfType(
            SettingRejectedException.class, () -> CODEC.encode(btg, "46.5", context));
    assertThat(e.problems()).hasSize(2);
    assertThat(e.getMessage()).contains("off the step grid").contains("BTP is currently L16");
  }

  @Test
  void readBackOfSentinelsAndUnknownOptionsIsUnavailable() {
    SettingReading bms = CODEC.decode(CODEC.spec("BMS"), 0x7FFF, Optional.of(24));
    assertThat(bms.value()).isEmpty();
    assertThat(bms.reason()).isEqualTo("register E215 = 0x7FFF: not supported (sentinel)");
    SettingReading pmd = CODEC.decode(CODEC.spec("PMD"), 96, Optional.of(24));
    assertThat(pmd.reason()).startsWith("raw 96 is not an option of PMD");
    SettingReading icv = CODEC.decode(CODEC.spec("ICV"), 146, Optional.empty());
    assertThat(icv.reason()).contains("system voltage");
    SettingReading cub = CODEC.decode(CODEC.spec("CHM"), 1, Optional.empty());
    assertThat(cub.value().orElseThrow().text()).isEqualTo("CUB"); // readable, never written
  }

  /** decode(encode(v)) == v for random valid values of every writable setting. */
  @Test
  void everyValidValueEncodesAndDecodesBackToItself() {
    long base = Long.getLong("settings.seed", new Random().nextLong());
    List<SettingSpec> writable = PROFILE.settings().stream().filter(SettingSpec::writable).toList();
    for (int round = 0; round < 2000; round++) {
      long seed = base + round;
      Random random = new Random(seed);
      SettingSpec spec = writable.get(random.nextInt(writable.size()));
      int volts = List.of(12, 24, 36, 48).get(random.nextInt(4));
      String value = randomValid(spec, volts, random);
      try {
        List<RegisterWrite> writes = CODEC.encode(spec, value, Contexts.satisfying(spec, volts));
        assertThat(writes).hasSize(1);
        SettingReading back = CODEC.decode(spec, writes.get(0).value(), Optional.of(volts));
        SettingValue decoded = back.value().orElseThrow(() -> new AssertionError(back.reason()));
        if (decoded instanceof SettingValue.Number n) {
          assertThat(n.value()).isEqualByComparingTo(new BigDecimal(value));
        } else {
          assertThat(decoded.text()).isEqualToIgnoringCase(value);
        }
      } catch (SettingRejectedException | RuntimeException | AssertionError e) {
        throw new AssertionError(
            "seed " + seed + ": " + spec.title() + " := " + value + " @" + volts + " V: " + e, e);
      }
    }
  }

  private static String randomValid(SettingSpec spec, int volts, Random random) {
    if (spec.domain() instanceof SettingDomain.Options o) {
      return o.allowed().get(random.nextInt(o.allowed().size()));
    }
    if (spec.domain() instanceof SettingDomain.Numbers n) {
      return n.allowed().get(random.nextInt(n.allowed().size())).toPlainString();
    }
    SettingDomain.Range r = (SettingDomain.Range) spec.domain();
    BigDecimal f =
        r.basisVolts()
            .map(b -> BigDecimal.valueOf(volts).divide(b, 4, RoundingMode.UNNECESSARY))
            .orElse(BigDecimal.ONE);
    int steps =
        r.max().subtract(r.min()).divide(r.step(), 0, RoundingMode.UNNECESSARY).intValueExact();
    return r.min()
        .add(r.step().multiply(BigDecimal.valueOf(random.nextInt(steps + 1))))
        .multiply(f)
        .toPlainString();
  }
}
