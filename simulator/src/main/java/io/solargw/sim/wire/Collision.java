package io.solargw.sim.wire;

import java.util.Arrays;
import java.util.List;

/**
 * What the line carries when several devices answer at once: RS485 has no arbitration, so two
 * drivers fighting produce bytes that belong to neither frame. Modelled as a wired-AND (a 0 bit
 * wins) of the frames, each later talker's bits shifted by one more bit time because no two UARTs
 * start in step; the result fails any checksum, even for identical frames, and is followed by the
 * rest of the longest frame.
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
    for (int k = 0; k < frames.size(); k++) {
      byte[] f = frames.get(k);
      int shift = k % 8;
      for (int i = 0; i < f.length; i++) {
        int b = f[i] & 0xFF;
        out[i] &= (byte) ((b << shift | b >>> (8 - shift)) & 0xFF);
      }
    }
    return out;
  }
}
