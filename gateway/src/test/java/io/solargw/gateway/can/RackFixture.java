package io.solargw.gateway.can;

import io.solargw.protocol.bms.pylon.CanFrame;
import io.solargw.protocol.bms.pylon.PylonCanCodec;
import io.solargw.sim.bms.PackCondition;
import io.solargw.sim.bms.PackConditions;
import io.solargw.sim.bms.PackThresholds;
import io.solargw.sim.can.PylonFrameSet;
import io.solargw.sim.site.BatteryState;
import io.solargw.sim.site.SiteConfig;
import io.solargw.sim.site.SiteModel;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The simulator's rack at noon on a summer day, as the Pylontech CAN frames it broadcasts. */
public final class RackFixture {

  private RackFixture() {}

  /** The frame set (0x351, 0x355, 0x356, 0x359, 0x35C, 0x35E) of the demo site's battery. */
  public static List<CanFrame> frames() {
    SiteModel site = new SiteModel(SiteConfig.demo(), LocalDateTime.of(2026, 6, 21, 12, 0), 70);
    BatteryState b = site.state().battery();
    List<Set<PackCondition>> conditions = new ArrayList<>();
    b.packs()
        .forEach(
            p -> conditions.add(PackConditions.evaluate(p, PackThresholds.defaults(), Set.of())));
    return PylonFrameSet.of(b, conditions);
  }

  /** Every field the frames decode to, by JSON name, as {@code PylonCanJson} names them. */
  public static Map<String, Object> decodedFields(List<CanFrame> frames) throws Exception {
    Map<String, Object> out = new LinkedHashMap<>();
    for (CanFrame f : frames) {
      out.putAll(PylonCanCodec.decode(f).jsonFields());
    }
    out.remove("reserved_bits");
    out.remove("uncertain_fields");
    return out;
  }
}
