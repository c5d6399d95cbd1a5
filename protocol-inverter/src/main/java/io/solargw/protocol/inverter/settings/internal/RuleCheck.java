package io.solargw.protocol.inverter.settings.internal;

import io.solargw.protocol.inverter.profile.DependencyRule;
import io.solargw.protocol.inverter.profile.SettingSpec;
import io.solargw.protocol.inverter.settings.SettingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates a setting's dependency rules against the device's current state; each violation names
 * the other setting (or the machine state) and its current value.
 */
public final class RuleCheck {

  private RuleCheck() {}

  /** One sentence per violated rule; empty when all hold. */
  public static List<String> violations(SettingSpec spec, SettingContext context) {
    List<String> out = new ArrayList<>();
    for (DependencyRule rule : spec.requires()) {
      if (rule instanceof DependencyRule.SettingIn in) {
        Optional<String> current = context.current(in.settingCode());
        boolean holds =
            current.isPresent() && in.allowed().stream().anyMatch(current.get()::equalsIgnoreCase);
        if (!holds) {
          out.add(
              spec.title()
                  + " requires "
                  + rule.describe()
                  + "; "
                  + in.settingCode()
                  + current
                      .map(c -> " is currently " + c)
                      .orElse(" is currently unknown (read the settings first)"));
        }
      } else if (rule instanceof DependencyRule.MachineStateIn ms) {
        Optional<String> state = context.machineState();
        if (state.isEmpty() || !ms.allowed().contains(state.get())) {
          out.add(
              spec.title()
                  + " requires "
                  + rule.describe()
                  + "; the machine state is currently "
                  + state.orElse("unknown (read 0x0210 first)"));
        }
      }
    }
    return out;
  }
}
