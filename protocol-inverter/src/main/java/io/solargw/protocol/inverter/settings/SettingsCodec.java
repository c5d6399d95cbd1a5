package io.solargw.protocol.inverter.settings;

import io.solargw.protocol.inverter.profile.InverterProfile;
import io.solargw.protocol.inverter.profile.SettingDomain;
import io.solargw.protocol.inverter.profile.SettingSpec;
import io.solargw.protocol.inverter.settings.internal.DomainCheck;
import io.solargw.protocol.inverter.settings.internal.RuleCheck;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Validates, encodes and decodes the settings of a profile (seed section 4.2 items [1]..[50] with
 * their registers from protocol doc 4.1). Battery-voltage settings are stored per 12 V block (raw =
 * V / (system_V / 12) × 10, doc 2.6); their manual ranges are for 48 V and scale with the system.
 */
public final class SettingsCodec {

  private final InverterProfile profile;

  /**
   * @param profile the profile whose {@code settings:} to use
   */
  public SettingsCodec(InverterProfile profile) {
    this.profile = Objects.requireNonNull(profile, "profile");
  }

  /** The setting with LCD code or read-back name {@code codeOrName}. */
  public SettingSpec spec(String codeOrName) {
    return profile
        .setting(codeOrName)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "codeOrName: no setting '" + codeOrName + "' in profile " + profile.name()));
  }

  /**
   * Every reason writing {@code value} to {@code spec} is refused (empty = allowed): read-only, out
   * of range, off the step grid, not an option, violated dependency rules.
   */
  public List<String> validate(SettingSpec spec, String value, SettingContext context) {
    List<String> problems = new ArrayList<>();
    if (!spec.writable()) {
      problems.add(
          spec.title()
              + " ("
              + spec.label()
              + ") cannot be written: "
              + (spec.register().isEmpty()
                  ? "no register is known (protocol doc 4.1)"
                  : "the profile marks it read-only"));
    }
    DomainCheck.Outcome outcome = DomainCheck.check(spec, value, context.systemVolts());
    if (outcome.value().isEmpty()) {
      problems.add(outcome.problem());
    }
    problems.addAll(RuleCheck.violations(spec, context));
    return problems;
  }

  /** The register writes applying {@code value}; refused values throw with every reason. */
  public List<RegisterWrite> encode(SettingSpec spec, String value, SettingContext context)
      throws SettingRejectedException {
    List<String> problems = validate(spec, value, context);
    if (!problems.isEmpty()) {
      throw new SettingRejectedException(problems);
    }
    SettingValue typed =
        DomainCheck.check(spec, value, context.systemVolts()).value().orElseThrow();
    return List.of(
        new RegisterWrite(spec.register().orElseThrow(), raw(spec, typed, context.systemVolts())));
  }

  /**
   * The raw register word of a value already checked against the domain.
   *
   * @throws IllegalArgumentException when the value is not a whole number of register units
   */
  public int raw(SettingSpec spec, SettingValue value, Optional<Integer> systemVolts) {
    if (value instanceof SettingValue.Choice c) {
      return c.option().raw();
    }
    BigDecimal number = ((SettingValue.Number) value).value();
    BigDecimal unit = spec.scale().unitValue(systemVolts.orElse(12));
    BigDecimal[] parts = number.divideAndRemainder(unit);
    if (parts[1].signum() != 0
        || parts[0].signum() < 0
        || parts[0].compareTo(BigDecimal.valueOf(0xFFFF)) > 0) {
      throw new IllegalArgumentException(
          "value: " + number + " is not a whole number of register units of " + unit);
    }
    return parts[0].intValueExact();
  }

  /** The read-back of {@code spec}'s register holding {@code raw}; never throws for any word. */
  public SettingReading decode(SettingSpec spec, int raw, Optional<Integer> systemVolts) {
    String name = spec.name();
    int register = spec.register().orElse(-1);
    if (profile.sentinelsAt(register).contains(raw)) {
      return unavailable(
          name,
          raw,
          String.format("register %04X = 0x%04X: not supported (sentinel)", register, raw));
    }
    if (spec.domain() instanceof SettingDomain.Options o) {
      return o.table()
          .of(raw)
          .map(opt -> new SettingReading(name, raw, Optional.of(new SettingValue.Choice(opt)), ""))
          .orElseGet(
              () ->
                  unavailable(
                      name,
                      raw,
                      "raw "
                          + raw
                          + " is not an option of "
                          + spec.code()
                          + " "
                          + o.table().codes()));
    }
    if (spec.scale().needsSystemVoltage()
        && (systemVolts.isEmpty() || !DomainCheck.SYSTEM_VOLTS.contains(systemVolts.get()))) {
      return unavailable(
          name, raw, "battery-voltage setting: system voltage (E003) unknown or invalid");
    }
    BigDecimal value =
        BigDecimal.valueOf(raw).multiply(spec.scale().unitValue(systemVolts.orElse(12)));
    return new SettingReading(
        name,
        raw,
        Optional.of(new SettingValue.Number(value.scale() < 0 ? value.setScale(0) : value)),
        "");
  }

  private static SettingReading unavailable(String name, int raw, String reason) {
    return new SettingReading(name, raw, Optional.empty(), reason);
  }
}
