package io.solargw.sim.inverter.internal;

import io.solargw.protocol.inverter.decode.PointValue;
import io.solargw.protocol.inverter.profile.InverterProfile;
import io.solargw.protocol.inverter.profile.PointKind;
import io.solargw.protocol.inverter.profile.PointSpec;
import io.solargw.protocol.inverter.profile.PointType;
import io.solargw.protocol.inverter.profile.SettingDomain;
import io.solargw.protocol.inverter.profile.SettingSpec;
import io.solargw.protocol.inverter.settings.SettingValue;
import io.solargw.protocol.inverter.settings.SettingsCodec;
import io.solargw.sim.inverter.PointEncoder;
import io.solargw.sim.inverter.UnitIdentity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;

/**
 * The settings registers a unit stores, with their factory values: the manual's defaults (seed
 * 4.2), except what a LiFePO4 rack on CAN needs (BTP L16, BMS CAN) and what the site model routes
 * by (WFM, CHM, MCC, ACM and the SOC thresholds, see {@link Routing}), plus the address and the
 * parallel mode of the unit's identity.
 */
public final class SettingsMemory {

  /** The simulated units are 48 V models (seed 9). */
  public static final int SYSTEM_VOLTS = 48;

  private final InverterProfile profile;
  private final SettingsCodec codec;
  private final PointEncoder encoder;

  /**
   * @param profile settings and setting read-back points
   */
  public SettingsMemory(InverterProfile profile) {
    this.profile = profile;
    this.codec = new SettingsCodec(profile);
    this.encoder = new PointEncoder(profile);
  }

  /** Fills {@code unit}'s stored registers with its factory values. */
  public void initialise(SimulatedUnit unit, int ratedWatts, double rackDesignAh) {
    Map<Integer, Integer> stored = unit.stored();
    for (PointSpec p : profile.points()) {
      if (p.kind() == PointKind.SETTING) {
        int[] words = encoder.encode(p, readBackDefault(p, ratedWatts, rackDesignAh), SYSTEM_VOLTS);
        for (int i = 0; i < words.length; i++) {
          stored.put(p.address() + i, words[i]);
        }
      }
    }
    for (SettingSpec s : profile.settings()) {
      s.register().ifPresent(r -> stored.put(r, defaultRaw(s)));
    }
    UnitIdentity id = unit.identity();
    set(unit, "BTP", "L16");
    set(unit, "BMS", "CAN");
    set(unit, "PDI", String.valueOf(id.address()));
    profile
        .setting("PMD")
        .flatMap(SettingSpec::register)
        .ifPresent(r -> stored.put(r, id.parallelMode()));
  }

  /**
   * Stores {@code value} (an option code or a number in the setting's unit) without any check, as
   * the installer's keypad would (scenario: a misconfigured unit).
   *
   * @throws IllegalArgumentException for an unknown setting, one without a register, or a value
   *     that is no option / not a number
   */
  public void set(SimulatedUnit unit, String code, String value) {
    SettingSpec spec = codec.spec(code);
    int register =
        spec.register()
            .orElseThrow(() -> new IllegalArgumentException("code: " + code + " has no register"));
    unit.stored().put(register, raw(spec, value));
  }

  /** The raw word of {@code value} for {@code spec}, rounded to the register unit. */
  public int raw(SettingSpec spec, String value) {
    if (spec.domain() instanceof SettingDomain.Options o) {
      return o.table()
          .byCode(value)
          .orElseThrow(
              () ->
                  new IllegalArgumentException(
                      "value: '"
                          + value
                          + "' is not an option of "
                          + spec.code()
                          + " "
                          + o.table().codes()))
          .raw();
    }
    BigDecimal unitValue = spec.scale().unitValue(SYSTEM_VOLTS);
    return new BigDecimal(value).divide(unitValue, 0, RoundingMode.HALF_UP).intValueExact();
  }

  /** The value stored for {@code code} as text (option code or plain number), if decodable. */
  public Optional<String> current(SimulatedUnit unit, String code) {
    return profile
        .setting(code)
        .flatMap(
            s ->
                s.register()
                    .map(
                        r ->
                            codec.decode(
                                s, unit.stored().getOrDefault(r, 0), Optional.of(SYSTEM_VOLTS))))
        .flatMap(r -> r.value().map(SettingValue::text));
  }

  /** The number stored for {@code code}, or {@code fallback} if missing or not a number. */
  public double number(SimulatedUnit unit, String code, double fallback) {
    try {
      return current(unit, code).map(Double::parseDouble).orElse(fallback);
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  private int defaultRaw(SettingSpec s) {
    SettingDomain d = s.domain();
    String text =
        d instanceof SettingDomain.Options o
            ? o.defaultCode()
            : d instanceof SettingDomain.Numbers n
                ? n.defaultValue().toPlainString()
                : ((SettingDomain.Range) d).defaultValue().toPlainString();
    return raw(s, text);
  }

  /** Plausible values of the read-only setting registers of a 48 V, 6 kW class unit (doc 4.2). */
  private static PointValue readBackDefault(PointSpec p, int ratedWatts, double rackDesignAh) {
    double value =
        switch (p.name()) {
          case "max_pv_charge_current_A" -> 100;
          case "battery_capacity_Ah" -> Math.min(65535, Math.round(rackDesignAh));
          case "system_voltage_V" -> SYSTEM_VOLTS;
          case "charge_limit_voltage_V" -> 58.4;
          case "stop_charge_current_A" -> 3;
          case "li_activation_current_A" -> 2;
          case "fault_record_enable", "bms_charge_limit_mode" -> 1;
          // E218 reads 0x7FFF (unsupported) on a real fw 6.63 unit (vector T12).
          case "derate_power_W" -> 0x7FFF;
          case "max_line_current_A" -> 40;
          case "max_line_power_W" -> ratedWatts;
          default -> 0;
        };
    return p.type() == PointType.ENUM
        ? new PointValue.Choice((int) value, Optional.empty())
        : new PointValue.Decimal(BigDecimal.valueOf(value));
  }
}
