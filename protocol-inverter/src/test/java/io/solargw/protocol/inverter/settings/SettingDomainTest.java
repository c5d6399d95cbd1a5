package io.solargw.protocol.inverter.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.solargw.protocol.inverter.profile.DependencyRule;
import io.solargw.protocol.inverter.profile.InverterProfile;
import io.solargw.protocol.inverter.profile.ProfileLoader;
import io.solargw.protocol.inverter.profile.SettingDomain;
import io.solargw.protocol.inverter.profile.SettingSpec;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every one of the 50 settings: the range limits, the step grid, the number lists and the
 * options are enforced with messages that quote what is allowed; read-only settings are refused;
 * every dependency rule, when violated, names the other setting and its current value.
 */
class SettingDomainTest {

  private static final InverterProfile PROFILE = ProfileLoader.loadDefault();
  private static final SettingsCodec CODEC = new SettingsCodec(PROFILE);

  static Stream<SettingSpec> settings() {
    return PROFILE.settings().stream();
  }

  static Stream<SettingSpec> writable() {
    return settings().filter(SettingSpec::writable);
  }

  private static String plain(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("writable")
  void acceptsTheDomainAndRefusesEverythingElse(SettingSpec spec) {
    for (int volts : List.of(48, 24)) {
      SettingContext ok = Contexts.satisfying(spec, volts);
      if (spec.domain() instanceof SettingDomain.Range r) {
        BigDecimal f =
            r.basisVolts()
                .map(b -> BigDecimal.valueOf(volts).divide(b, 4, RoundingMode.UNNECESSARY))
                .orElse(BigDecimal.ONE);
        BigDecimal min = r.min().multiply(f);
        BigDecimal max = r.max().multiply(f);
        BigDecimal step = r.step().multiply(f);
        String range = plain(min) + ".." + plain(max);
        assertThat(CODEC.validate(spec, plain(min), ok)).isEmpty();
        assertThat(CODEC.validate(spec, plain(max), ok)).isEmpty();
        assertThat(CODEC.validate(spec, plain(r.defaultValue().multiply(f)), ok)).isEmpty();
        assertThat(CODEC.validate(spec, plain(min.subtract(step)), ok))
            .singleElement()
            .asString()
            .contains("is out of range " + range)
            .contains("in steps of " + plain(step));
        assertThat(CODEC.validate(spec, plain(max.add(step)), ok))
            .singleElement()
            .asString()
            .contains("is out of range " + range);
        BigDecimal between = min.add(step.divide(BigDecimal.valueOf(2)));
        assertThat(CODEC.validate(spec, plain(between), ok))
            .singleElement()
            .asString()
            .contains("is off the step grid " + range)
            .contains("nearest " + plain(min));
        assertThat(CODEC.validate(spec, "abc", ok))
            .singleElement()
            .asString()
            .contains("'abc' is not a number (allowed " + range);
      } else if (spec.domain() instanceof SettingDomain.Numbers n) {
        n.allowed().forEach(v -> assertThat(CODEC.validate(spec, plain(v), ok)).isEmpty());
        BigDecimal odd = n.allowed().get(0).add(new BigDecimal("1.5"));
        assertThat(CODEC.validate(spec, plain(odd), ok))
            .singleElement()
            .asString()
            .contains(
                "is not one of "
                    + String.join(
                        ", ", n.allowed().stream().map(SettingDomainTest::plain).toList()));
      } else if (spec.domain() instanceof SettingDomain.Options o) {
        o.allowed().forEach(code -> assertThat(CODEC.validate(spec, code, ok)).isEmpty());
        o.allowed()
            .forEach(
                code ->
                    assertThat(CODEC.validate(spec, code.toLowerCase(java.util.Locale.ROOT), ok))
                        .isEmpty());
        assertThat(CODEC.validate(spec, "NOPE", ok))
            .singleElement()
            .asString()
            .isEqualTo(
                spec.title()
                    + " ("
                    + spec.label()
                    + "): 'NOPE' is not an option (allowed: "
                    + String.join(", ", o.allowed())
                    + ")");
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("settings")
  void theManualDefaultIsValid(SettingSpec spec) {
    if (!spec.writable()) {
      return;
    }
    String def = defaultText(spec);
    assertThat(CODEC.validate(spec, def, Contexts.satisfying(spec, 48))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("settings")
  void readOnlySettingsAreRefused(SettingSpec spec) {
    if (spec.writable()) {
      return;
    }
    assertThat(CODEC.validate(spec, "ENA", Contexts.satisfying(spec, 48)))
        .first()
        .asString()
        .isEqualTo(
            spec.title()
                + " ("
                + spec.label()
                + ") cannot be written: no register is known (protocol doc 4.1)");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("writable")
  void eachViolatedRuleNamesTheOtherSettingAndItsValue(SettingSpec spec) {
    SettingContext ok = Contexts.satisfying(spec, 48);
    String value = defaultText(spec);
    assertThat(CODEC.validate(spec, value, ok)).isEmpty();
    for (DependencyRule rule : spec.requires()) {
      if (rule instanceof DependencyRule.SettingIn in) {
        var other =
            (SettingDomain.Options) PROFILE.setting(in.settingCode()).orElseThrow().domain();
        String wrong =
            other.table().codes().stream()
                .filter(c -> !in.allowed().contains(c))
                .findFirst()
                .orElseThrow();
        assertThat(CODEC.validate(spec, value, ok.with(in.settingCode(), wrong)))
            .containsExactly(
                spec.title()
                    + " requires "
                    + in.settingCode()
                    + " in "
                    + in.allowed()
                    + "; "
                    + in.settingCode()
                    + " is currently "
                    + wrong);
        var unknown = new SettingContext(ok.systemVolts(), java.util.Map.of(), ok.machineState());
        assertThat(CODEC.validate(spec, value, unknown))
            .anySatisfy(m -> assertThat(m).contains(in.settingCode() + " is currently unknown"));
      } else {
        assertThat(CODEC.validate(spec, value, ok.withMachineState("inverter")))
            .containsExactly(
                spec.title()
                    + " requires machine state in [standby]; the machine state is currently inverter");
      }
    }
  }

  static String defaultText(SettingSpec spec) {
    if (spec.domain() instanceof SettingDomain.Range r) {
      return plain(r.defaultValue());
    }
    if (spec.domain() instanceof SettingDomain.Numbers n) {
      return plain(n.defaultValue());
    }
    return ((SettingDomain.Options) spec.domain()).defaultCode();
  }
}
