package io.solargw.protocol.inverter.decode;

import io.solargw.protocol.inverter.codes.ActiveCode;
import io.solargw.protocol.inverter.codes.CodeTable;
import io.solargw.protocol.inverter.decode.internal.DerivedValues;
import io.solargw.protocol.inverter.decode.internal.PageBuilder;
import io.solargw.protocol.inverter.decode.internal.PointDecoder;
import io.solargw.protocol.inverter.profile.ConstantSpec;
import io.solargw.protocol.inverter.profile.DerivedSpec;
import io.solargw.protocol.inverter.profile.InverterProfile;
import io.solargw.protocol.inverter.profile.PointKind;
import io.solargw.protocol.inverter.profile.PointSpec;
import io.solargw.protocol.inverter.profile.PointType;
import io.solargw.protocol.inverter.profile.SettingSpec;
import io.solargw.protocol.inverter.settings.SettingReading;
import io.solargw.protocol.inverter.settings.SettingValue;
import io.solargw.protocol.inverter.settings.SettingsCodec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns register words into an {@link InverterSnapshot} following a profile: only points whose
 * registers are all present are decoded (profile constants such as rated power appear on their
 * pages only, always); sentinels, invalid dates and unknown enum numbers become null with the
 * reason, never a bogus value; decoding never throws for any register values.
 */
public final class SnapshotDecoder {

  private final InverterProfile profile;
  private final CodeTable codeTable;
  private final PointDecoder points;
  private final SettingsCodec settings;

  /**
   * @param profile the register map
   * @param codeTable translates 0x0204..0x0207
   */
  public SnapshotDecoder(InverterProfile profile, CodeTable codeTable) {
    this.profile = Objects.requireNonNull(profile, "profile");
    this.codeTable = Objects.requireNonNull(codeTable, "codeTable");
    this.points = new PointDecoder(profile);
    this.settings = new SettingsCodec(profile);
  }

  /** Decodes with the system voltage read from the image (the profile's system_voltage_point). */
  public InverterSnapshot decode(RegisterImage image) {
    return decode(image, Optional.empty());
  }

  /**
   * Decodes; {@code systemVolts} (12/24/36/48) overrides E003 for battery-voltage scaling, e.g.
   * when only a block without E003 was captured.
   */
  public InverterSnapshot decode(RegisterImage image, Optional<Integer> systemVolts) {
    Optional<Integer> volts = systemVolts.isPresent() ? systemVolts : systemVolts(image);
    Map<String, PointReading> measured = new LinkedHashMap<>();
    Map<String, PointReading> set = new LinkedHashMap<>();
    List<ActiveCode> codes = new ArrayList<>();
    for (PointSpec p : profile.points()) {
      image
          .block(p.address(), p.length())
          .ifPresent(
              words -> {
                PointValue value = points.decode(p, words, volts);
                List<Integer> raw = Arrays.stream(words).boxed().toList();
                (p.kind() == PointKind.SETTING ? set : measured)
                    .put(p.name(), new PointReading(p.name(), p.unit(), value, raw));
                if (p.type() == PointType.CODES) {
                  codes.addAll(codeTable.decodeActive(words));
                }
              });
    }
    for (SettingSpec s : profile.settings()) {
      s.register()
          .flatMap(image::get)
          .ifPresent(raw -> set.put(s.name(), reading(s, settings.decode(s, raw, volts))));
    }
    for (DerivedSpec d : profile.derived()) {
      DerivedValues.compute(d, measured).ifPresent(r -> measured.put(d.name(), r));
    }
    var pages = PageBuilder.build(profile, measured, set, constants(), codes);
    return new InverterSnapshot(measured, set, pages, codes);
  }

  private Map<String, PointReading> constants() {
    Map<String, PointReading> out = new LinkedHashMap<>();
    for (ConstantSpec c : profile.constants()) {
      PointValue v =
          c.value()
              .<PointValue>map(PointValue.Decimal::new)
              .orElse(new PointValue.Unavailable(c.reason()));
      out.put(c.name(), new PointReading(c.name(), c.unit(), v, List.of()));
    }
    return out;
  }

  private Optional<Integer> systemVolts(RegisterImage image) {
    return profile
        .point(profile.systemVoltagePoint())
        .flatMap(
            p ->
                image
                    .block(p.address(), p.length())
                    .map(w -> points.decode(p, w, Optional.empty())))
        .filter(PointValue.Decimal.class::isInstance)
        .map(v -> ((PointValue.Decimal) v).value())
        .filter(v -> v.signum() > 0 && v.stripTrailingZeros().scale() <= 0)
        .map(v -> v.intValue());
  }

  private static PointReading reading(SettingSpec s, SettingReading r) {
    PointValue value =
        r.value()
            .<PointValue>map(
                v ->
                    v instanceof SettingValue.Choice c
                        ? new PointValue.Choice(r.raw(), Optional.of(c.option()))
                        : new PointValue.Decimal(((SettingValue.Number) v).value()))
            .orElseGet(() -> new PointValue.Unavailable(r.reason()));
    return new PointReading(s.name(), s.unit(), value, List.of(r.raw()));
  }
}
