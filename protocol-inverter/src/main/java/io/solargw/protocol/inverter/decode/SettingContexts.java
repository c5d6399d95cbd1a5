package io.solargw.protocol.inverter.decode;

import io.solargw.protocol.inverter.profile.EnumOption;
import io.solargw.protocol.inverter.profile.InverterProfile;
import io.solargw.protocol.inverter.profile.MachineStateTable;
import io.solargw.protocol.inverter.profile.PointType;
import io.solargw.protocol.inverter.profile.SettingSpec;
import io.solargw.protocol.inverter.settings.SettingContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Builds the validation context of settings writes from a decoded snapshot. */
public final class SettingContexts {

  private SettingContexts() {}

  /**
   * System voltage from the profile's system-voltage read-back, current setting values by code
   * (option code or plain number), machine state text from the {@code machine_state} enum point.
   */
  public static SettingContext of(InverterProfile profile, InverterSnapshot snapshot) {
    Optional<Integer> volts =
        snapshot
            .setting(profile.systemVoltagePoint())
            .or(() -> snapshot.point(profile.systemVoltagePoint()))
            .flatMap(
                r ->
                    r.value() instanceof PointValue.Decimal d
                        ? Optional.of(d.value().intValue())
                        : Optional.empty());
    Map<String, String> current = new HashMap<>();
    for (SettingSpec s : profile.settings()) {
      snapshot
          .setting(s.name())
          .flatMap(r -> text(r.value()))
          .ifPresent(t -> current.put(s.code(), t));
    }
    Optional<String> state =
        profile.points().stream()
            .filter(
                p ->
                    p.type() == PointType.ENUM && p.enumTable().equals(MachineStateTable.ENUM_NAME))
            .findFirst()
            .flatMap(p -> snapshot.point(p.name()))
            .flatMap(r -> text(r.value()));
    return new SettingContext(volts, current, state);
  }

  private static Optional<String> text(PointValue v) {
    if (v instanceof PointValue.Choice c) {
      return c.option().map(EnumOption::code);
    }
    if (v instanceof PointValue.Decimal d) {
      return Optional.of(d.value().toPlainString());
    }
    return Optional.empty();
  }
}
