package io.solargw.sim.inverter.internal;

import io.solargw.protocol.inverter.profile.InverterProfile;
import io.solargw.protocol.inverter.profile.PointSpec;
import io.solargw.protocol.inverter.profile.SettingSpec;
import java.util.BitSet;

/**
 * Which registers a simulated unit serves. A read touching any other register fails as a whole with
 * exception 0x02, as on real units (protocol doc 2.4 item 1: "holes return exception 0x02 for the
 * whole request").
 *
 * <p>The simulated firmware is a single-MPPT V2.08-class unit: it serves the documented SRNE
 * segments (product information 0x000A-0x005D, DC data 0x0100-0x0139, inverter data 0x0200-0x0263,
 * control DF00-DF0D, settings E000-E055 / E200-E253 / E400-E447, energy statistics F000-F061, fault
 * history F800-F9FF; doc sections 3 and 4) and every register the profile names, minus the
 * profile's forbidden ranges: the undocumented 0x001D, 0x010D and F04F, the PV2 registers
 * 0x010F-0x0111 that a single-MPPT PowMr refuses, the reserved 0x0208, the write-only commands
 * DF01-DF0C and the factory area E100-E1FF. Everything outside the segments is a hole, so a read
 * crossing a segment boundary fails too (SRNE-39 2.3).
 */
public final class ReadableMap {

  private static final int[][] SEGMENTS = {
    {0x000A, 0x005D},
    {0x0100, 0x0139},
    {0x0200, 0x0263},
    {0xDF00, 0xDF0D},
    {0xE000, 0xE055},
    {0xE200, 0xE253},
    {0xE400, 0xE447},
    {0xF000, 0xF061},
    {0xF800, 0xF9FF},
  };

  private static final int[][] MODEL_HOLES = {
    {0x0226, 0x0229},
    {0xE21E, 0xE21E},
  };

  private final BitSet readable = new BitSet(0x10000);
  private final InverterProfile profile;

  /**
   * @param profile its points and settings are readable, its forbidden ranges are not
   */
  public ReadableMap(InverterProfile profile) {
    this.profile = profile;
    for (int[] s : SEGMENTS) {
      readable.set(s[0], s[1] + 1);
    }
    for (int[] h : MODEL_HOLES) {
      readable.clear(h[0], h[1] + 1);
    }
    for (PointSpec p : profile.points()) {
      readable.set(p.address(), p.end() + 1);
    }
    for (SettingSpec s : profile.settings()) {
      s.register().ifPresent(readable::set);
    }
    profile.forbidden().forEach(r -> readable.clear(r.from(), r.to() + 1));
  }

  /** Whether every register of {@code [start, start + count)} is served. */
  public boolean readable(int start, int count) {
    int end = start + count;
    return end <= 0x10000 && readable.nextClearBit(start) >= end;
  }

  /** Whether {@code address} lies in a forbidden range of the profile. */
  public boolean forbidden(int address) {
    return profile.isForbidden(address);
  }
}
