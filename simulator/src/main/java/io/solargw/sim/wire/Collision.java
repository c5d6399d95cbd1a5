package io.solargw.sim.wire;

import java.util.Arrays;
import java.util.List;

/**
 * What the line carries when several devices answer at once: RS485 has no arbitration, so two
 * drivers fighting produce bytes that belong to neither frame. Modelled as a wired-AND of the
 * frames (a 0 bit wins), which fails any checksum, followed by the rest of the longest frame.
 */
public final class Collision {

  private Collision() {}

  /**
   * The bytes on the line when all {@code frames} are sent together; one frame is returned as is.
   */
  public static byte[] of(List<byte[]> frames) {
    if (frames.isEmpty()) {
      throw new IllegalArgumentException("frames must not be empty");
    }
    int longest = frames.stream().mapToInt(f -> f.length).max().orElse(0);
    byte[] out = new byte[longest];
    Arrays.fill(out, (byte) 0xFF);
    for (byte[] f : frames) {
      for (int i = 0; i < f.length; i++) {
        out[i] &= f[i];
      }
    }
    return out;
  }
}
