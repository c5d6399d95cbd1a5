package io.solargw.protocol.inverter.profile.internal;

import io.solargw.protocol.inverter.profile.DependencyRule;
import io.solargw.protocol.inverter.profile.InverterProfile;
import io.solargw.protocol.inverter.profile.MachineState;
import io.solargw.protocol.inverter.profile.SettingDomain;
import io.solargw.protocol.inverter.profile.SettingSpec;
import java.util.List;
import java.util.Optional;

/** Dependency rules must name existing settings, options and machine states. */
final class SettingChecks {

  private final Problems problems;
  private final InverterProfile profile;

  SettingChecks(Problems problems, InverterProfile profile) {
    this.problems = problems;
    this.profile = profile;
  }

  void check(List<Located<SettingSpec>> settings) {
    for (Located<SettingSpec> s : settings) {
      for (DependencyRule rule : s.value().requires()) {
        String subject = "setting " + s.value().code();
        if (rule instanceof DependencyRule.SettingIn in) {
          checkSettingRule(s, subject, in);
        } else if (rule instanceof DependencyRule.MachineStateIn ms) {
          List<String> texts =
              profile.machineStates().states().stream().map(MachineState::text).toList();
          ms.allowed().stream()
              .filter(t -> !texts.contains(t))
              .forEach(
                  t ->
                      problems.add(
                          s.at("requires"),
                          subject,
                          "machine state '"
                              + t
                              + "' is not in table "
                              + profile.machineStates().keyword()
                              + " "
                              + texts));
        }
      }
    }
  }

  private void checkSettingRule(
      Located<SettingSpec> s, String subject, DependencyRule.SettingIn in) {
    Optional<SettingSpec> other =
        profile.settings().stream().filter(o -> o.code().equals(in.settingCode())).findFirst();
    if (other.isEmpty()) {
      problems.add(
          s.at("requires"), subject, "rule names unknown setting '" + in.settingCode() + "'");
      return;
    }
    if (!(other.get().domain() instanceof SettingDomain.Options opts)) {
      problems.add(
          s.at("requires"), subject, "rule setting " + in.settingCode() + " has no options");
      return;
    }
    for (String code : in.allowed()) {
      if (opts.table().byCode(code).isEmpty()) {
        problems.add(
            s.at("requires"),
            subject,
            "rule option '"
                + code
                + "' is not an option of "
                + in.settingCode()
                + " "
                + opts.table().codes());
      }
    }
  }
}
