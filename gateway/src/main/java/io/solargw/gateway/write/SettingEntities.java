package io.solargw.gateway.write;

import io.solargw.mqtt.DeviceState;
import io.solargw.mqtt.WritableSetting;
import io.solargw.mqtt.WritePolicy;
import io.solargw.protocol.inverter.decode.SettingContexts;
import io.solargw.protocol.inverter.profile.SettingSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Adds to an inverter's device state the settings that can be written: with writes enabled, every
 * setting of the unit's profile that has a register, is writable and is not one the gateway never
 * writes. The bridge exposes only the allowlisted ones to Home Assistant and answers a command for
 * a listed but not allowlisted one with {@code not_allowed}. Each carries its read-back key ({@code
 * setting_<name>}) as its entity state.
 */
public final class SettingEntities {

  private final WriteTargets targets;
  private final WritePolicy policy;

  /**
   * @param targets the inverters by device id
   * @param policy enabled flag and allowlist
   */
  public SettingEntities(WriteTargets targets, WritePolicy policy) {
    this.targets = targets;
    this.policy = policy;
  }

  /** {@code state} with its writable settings; other devices and disabled writes unchanged. */
  public DeviceState addTo(DeviceState state) {
    if (!policy.enabled()) {
      return state;
    }
    Optional<InverterUnit> unit = targets.unit(state.id());
    if (unit.isEmpty()) {
      return state;
    }
    List<WritableSetting> settings = new ArrayList<>(state.settings());
    settings.addAll(of(unit.get()));
    return new DeviceState(
        state.id(),
        state.kind(),
        state.name(),
        state.info(),
        state.viaDevice(),
        state.availability(),
        state.timestamp(),
        state.values(),
        state.meta(),
        settings);
  }

  /** The writable settings of {@code unit}, in profile order. */
  List<WritableSetting> of(InverterUnit unit) {
    Optional<Integer> volts =
        unit.poller()
            .latestSnapshot()
            .flatMap(s -> SettingContexts.of(unit.profile(), s).systemVolts());
    List<WritableSetting> out = new ArrayList<>();
    for (SettingSpec spec : unit.profile().settings()) {
      if (spec.writable()
          && spec.register().isPresent()
          && NeverWritten.reason(unit.profile(), spec.register().get()).isEmpty()) {
        out.add(SettingInputs.entity(spec, volts));
      }
    }
    return out;
  }
}
