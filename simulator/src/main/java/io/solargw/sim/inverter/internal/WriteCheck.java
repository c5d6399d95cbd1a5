package io.solargw.sim.inverter.internal;

import io.solargw.protocol.inverter.profile.AllInOneMachineState;
import io.solargw.protocol.inverter.profile.DependencyRule;
import io.solargw.protocol.inverter.profile.InverterProfile;
import io.solargw.protocol.inverter.profile.PointKind;
import io.solargw.protocol.inverter.profile.PointSpec;
import io.solargw.protocol.inverter.profile.SettingSpec;
import io.solargw.protocol.inverter.rtu.ModbusExceptionCode;
import io.solargw.protocol.inverter.settings.SettingContext;
import io.solargw.protocol.inverter.settings.SettingReading;
import io.solargw.protocol.inverter.settings.SettingValue;
import io.solargw.protocol.inverter.settings.SettingsCodec;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Decides whether a unit accepts register writes, the way SRNE firmware answers (protocol doc 2.2,
 * 2.4 items 5 and 9): 0x02 for a register it does not serve, 0x07 for a read-only one
 * (measurements, the system voltage E003), 0x03 for a value outside the setting's range, step or
 * options or one breaking a rule on another setting (validated with protocol-inverter's {@link
 * SettingsCodec}), 0x08 for a setting that may only change in standby while the unit runs. A
 * multi-register write is all or nothing.
 */
public final class WriteCheck {

  /** The RTC registers, writable to set the clock (doc 3.3 0x020C-0x020E). */
  public static final int CLOCK = 0x020C;

  private static final int SYSTEM_VOLTAGE = 0xE003;

  private final InverterProfile profile;
  private final SettingsCodec codec;
  private final SettingsMemory memory;
  private final ReadableMap readable;
  private final Map<Integer, SettingSpec> settings = new HashMap<>();
  private final Map<Integer, PointSpec> readBacks = new HashMap<>();

  public WriteCheck(InverterProfile profile, SettingsMemory memory, ReadableMap readable) {
    this.profile = profile;
    this.codec = new SettingsCodec(profile);
    this.memory = memory;
    this.readable = readable;
    for (SettingSpec s : profile.settings()) {
      s.register().ifPresent(r -> settings.put(r, s));
    }
    for (PointSpec p : profile.points()) {
      if (p.kind() == PointKind.SETTING) {
        for (int a = p.address(); a <= p.end(); a++) {
          readBacks.put(a, p);
        }
      }
    }
  }

  /**
   * The exception refusing the write of {@code values} from {@code start}, or empty when the unit
   * accepts it; {@code clockNow} holds the unit's current RTC words 0x020C-0x020E.
   */
  public Optional<ModbusExceptionCode> check(
      SimulatedUnit unit, int start, int[] values, int machineState, int[] clockNow) {
    if (!readable.readable(start, values.length)) {
      return Optional.of(ModbusExceptionCode.ILLEGAL_DATA_ADDRESS);
    }
    SettingContext ctx = context(unit, machineState);
    for (int i = 0; i < values.length; i++) {
      int address = start + i;
      Optional<ModbusExceptionCode> refusal = one(unit, address, values[i], ctx);
      if (refusal.isPresent()) {
        return refusal;
      }
      SettingSpec s = settings.get(address);
      if (s != null) {
        ctx = ctx.with(s.code(), text(s, values[i]).orElse(""));
      }
    }
    return clockRefusal(clockNow, start, values);
  }

  private Optional<ModbusExceptionCode> one(
      SimulatedUnit unit, int address, int raw, SettingContext ctx) {
    SettingSpec spec = settings.get(address);
    if (spec == null) {
      boolean writable =
          (readBacks.containsKey(address) && address != SYSTEM_VOLTAGE)
              || (address >= CLOCK && address < CLOCK + 3);
      return writable ? Optional.empty() : Optional.of(ModbusExceptionCode.READ_ONLY);
    }
    if (!spec.writable()) {
      return Optional.of(ModbusExceptionCode.READ_ONLY);
    }
    Optional<String> text = text(spec, raw);
    if (text.isEmpty() || !codec.validate(spec, text.get(), ctx).isEmpty()) {
      return Optional.of(
          text.isPresent() && standbyOnly(spec, ctx)
              ? ModbusExceptionCode.CHANGE_WHILE_RUNNING
              : ModbusExceptionCode.ILLEGAL_DATA_VALUE);
    }
    return Optional.empty();
  }

  private static boolean standbyOnly(SettingSpec spec, SettingContext ctx) {
    return spec.requires().stream()
        .anyMatch(
            r ->
                r instanceof DependencyRule.MachineStateIn ms
                    && !ctx.machineState().map(ms.allowed()::contains).orElse(false));
  }

  private Optional<String> text(SettingSpec spec, int raw) {
    SettingReading r = codec.decode(spec, raw, Optional.of(SettingsMemory.SYSTEM_VOLTS));
    return r.value().map(SettingValue::text);
  }

  private SettingContext context(SimulatedUnit unit, int machineState) {
    Map<String, String> current = new HashMap<>();
    for (SettingSpec s : profile.settings()) {
      memory.current(unit, s.code()).ifPresent(t -> current.put(s.code(), t));
    }
    Optional<String> state = AllInOneMachineState.of(machineState).map(AllInOneMachineState::text);
    return new SettingContext(Optional.of(SettingsMemory.SYSTEM_VOLTS), current, state);
  }

  /** A write touching the RTC must leave a valid date and time. */
  private static Optional<ModbusExceptionCode> clockRefusal(
      int[] clockNow, int start, int[] values) {
    if (start > CLOCK + 2 || start + values.length <= CLOCK) {
      return Optional.empty();
    }
    return clock(clockNow, start, values).isPresent()
        ? Optional.empty()
        : Optional.of(ModbusExceptionCode.ILLEGAL_DATA_VALUE);
  }

  /** The RTC after writing {@code values} from {@code start} over the stored clock words. */
  public static Optional<LocalDateTime> clock(int[] clockNow, int start, int[] values) {
    int[] w = new int[3];
    for (int i = 0; i < 3; i++) {
      int a = CLOCK + i;
      w[i] = a >= start && a < start + values.length ? values[a - start] : clockNow[i];
    }
    try {
      return Optional.of(
          LocalDateTime.of(
              2000 + (w[0] >> 8), w[0] & 0xFF, w[1] >> 8, w[1] & 0xFF, w[2] >> 8, w[2] & 0xFF));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
