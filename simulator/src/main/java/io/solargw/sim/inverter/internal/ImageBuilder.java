package io.solargw.sim.inverter.internal;

import io.solargw.protocol.inverter.decode.PointValue;
import io.solargw.protocol.inverter.profile.InverterProfile;
import io.solargw.protocol.inverter.profile.PointKind;
import io.solargw.protocol.inverter.profile.PointSpec;
import io.solargw.sim.inverter.PointEncoder;
import java.util.Map;

/**
 * Builds a unit's register image: every measurement point of the profile encoded from the unit's
 * view (points the simulator has no value for, such as reserved words, read 0), then the registers
 * the unit stores (settings and setting read-backs) on top.
 */
public final class ImageBuilder {

  private final InverterProfile profile;
  private final PointEncoder encoder;

  public ImageBuilder(InverterProfile profile) {
    this.profile = profile;
    this.encoder = new PointEncoder(profile);
  }

  /** The 65536 register words of the unit described by {@code view}. */
  public int[] build(UnitView view) {
    Values values = new Values();
    DcValues.product(view, values);
    DcValues.battery(view, values);
    DcValues.bms(view, values);
    AcValues.inverter(view, values);
    EnergyValues.statistics(view, values);
    Map<String, PointValue> byName = values.asMap();
    int[] words = new int[0x10000];
    for (PointSpec p : profile.points()) {
      PointValue v = byName.get(p.name());
      if (v != null && p.kind() == PointKind.MEASUREMENT) {
        int[] w = encoder.encode(p, v, SettingsMemory.SYSTEM_VOLTS);
        System.arraycopy(w, 0, words, p.address(), w.length);
      }
    }
    view.unit().stored().forEach((address, word) -> words[address] = word);
    return words;
  }
}
