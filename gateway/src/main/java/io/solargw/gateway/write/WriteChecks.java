package io.solargw.gateway.write;

import io.solargw.mqtt.SettingValue;
import io.solargw.mqtt.WritePolicy;
import io.solargw.protocol.inverter.decode.InverterSnapshot;
import io.solargw.protocol.inverter.decode.SettingContexts;
import io.solargw.protocol.inverter.profile.SettingSpec;
import io.solargw.protocol.inverter.settings.SettingContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The checks of a settings command before any bus transaction, in order: writes enabled, a
 * configured inverter, the allowlist, a setting of the unit's profile, a known register the gateway
 * may write, a first poll done, and the value against the settings table and its dependency rules
 * on the unit's latest snapshot. Each refusal is one specific sentence.
 */
final class WriteChecks {

  private final WriteTargets targets;
  private final WritePolicy policy;

  WriteChecks(WriteTargets targets, WritePolicy policy) {
    this.targets = targets;
    this.policy = policy;
  }

  /** Why the command is refused, or empty when it may be written. */
  Optional<String> refusal(String deviceId, String code, SettingValue value) {
    if (!policy.enabled()) {
      return Optional.of("settings writes are disabled (writes.enabled is false)");
    }
    Optional<InverterUnit> found = targets.unit(deviceId);
    if (found.isEmpty()) {
      return Optional.of(
          "'"
              + deviceId
              + "' is not a configured inverter; settings can be written to: "
              + String.join(", ", targets.ids()));
    }
    InverterUnit unit = found.get();
    String upper = code.toUpperCase(Locale.ROOT);
    if (!policy.allow().contains(upper)) {
      return Optional.of(
          "setting "
              + upper
              + " is not in the writes allowlist (writes.allow: "
              + new TreeSet<>(policy.allow())
              + ")");
    }
    Optional<SettingSpec> spec = unit.profile().setting(upper);
    if (spec.isEmpty()) {
      return Optional.of(
          deviceId + " has no setting '" + upper + "' in profile " + unit.profile().name());
    }
    return checkSpec(unit, spec.get(), value);
  }

  private Optional<String> checkSpec(InverterUnit unit, SettingSpec spec, SettingValue value) {
    String who = unit.deviceId() + ": ";
    if (spec.register().isEmpty()) {
      return Optional.of(who + spec.title() + " cannot be written: no register is known");
    }
    Optional<String> never = NeverWritten.reason(unit.profile(), spec.register().get());
    if (never.isPresent()) {
      return Optional.of(who + spec.title() + ": " + never.get());
    }
    Optional<SettingContext> ctx = context(unit);
    if (ctx.isEmpty()) {
      return Optional.of(
          who
              + "not read yet; its current settings are needed to check "
              + spec.code()
              + " (try again after the next poll)");
    }
    List<String> problems = unit.codec().validate(spec, SettingInputs.text(spec, value), ctx.get());
    return problems.isEmpty() ? Optional.empty() : Optional.of(who + String.join("; ", problems));
  }

  static Optional<SettingContext> context(InverterUnit unit) {
    Optional<InverterSnapshot> snapshot = unit.poller().latestSnapshot();
    return snapshot.map(s -> SettingContexts.of(unit.profile(), s));
  }
}
