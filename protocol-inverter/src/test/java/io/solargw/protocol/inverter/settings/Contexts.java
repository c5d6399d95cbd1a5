package io.solargw.protocol.inverter.settings;

import io.solargw.protocol.inverter.profile.DependencyRule;
import io.solargw.protocol.inverter.profile.SettingSpec;

/** Test contexts that satisfy a setting's dependency rules. */
final class Contexts {

  private Contexts() {}

  /** System voltage {@code volts}, machine standby, and the first allowed value of every rule. */
  static SettingContext satisfying(SettingSpec spec, int volts) {
    SettingContext c = SettingContext.ofSystemVolts(volts).withMachineState("standby");
    for (DependencyRule rule : spec.requires()) {
      if (rule instanceof DependencyRule.SettingIn in) {
        c = c.with(in.settingCode(), in.allowed().get(0));
      } else if (rule instanceof DependencyRule.MachineStateIn ms) {
        c = c.withMachineState(ms.allowed().get(0));
      }
    }
    return c;
  }
}
