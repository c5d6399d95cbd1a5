package io.solargw.protocol.inverter.profile;

import java.util.List;
import java.util.Objects;

/**
 * A condition under which a setting may be written (seed section 4.2 texts, e.g. "only applicable
 * to lead-acid batteries", "only valid for BMS communication lithium batteries", "only available
 * under the standby mode").
 */
public sealed interface DependencyRule {

  /** One sentence describing the rule, e.g. {@code BTP in [USE, SLD, FLD, GEL]}. */
  String describe();

  /**
   * Another setting must currently hold one of the codes.
   *
   * @param settingCode the other setting's code, e.g. {@code BTP}
   * @param allowed its allowed option codes
   */
  record SettingIn(String settingCode, List<String> allowed) implements DependencyRule {
    /** Copies the list. */
    public SettingIn {
      Objects.requireNonNull(settingCode, "settingCode");
      allowed = List.copyOf(allowed);
    }

    @Override
    public String describe() {
      return settingCode + " in " + allowed;
    }
  }

  /**
   * The machine state (0x0210) must be one of the texts, e.g. {@code standby}.
   *
   * @param allowed state texts of the profile's machine-state table
   */
  record MachineStateIn(List<String> allowed) implements DependencyRule {
    /** Copies the list. */
    public MachineStateIn {
      allowed = List.copyOf(allowed);
    }

    @Override
    public String describe() {
      return "machine state in " + allowed;
    }
  }
}
