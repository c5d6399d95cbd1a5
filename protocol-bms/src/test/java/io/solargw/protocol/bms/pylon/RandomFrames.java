package io.solargw.protocol.bms.pylon;

import java.util.Random;

/** Random CAN frames for property and fuzz tests, biased towards the Pylontech id range. */
public final class RandomFrames {

  private RandomFrames() {}

  /** A random valid frame: mostly 11-bit ids 0x300-0x3FF, some extended and remote frames. */
  public static CanFrame frame(Random r) {
    boolean extended = r.nextInt(8) == 0;
    int id =
        extended
            ? r.nextInt(CanFrame.MAX_EXTENDED_ID + 1)
            : r.nextInt(4) == 0 ? r.nextInt(0x800) : 0x300 + r.nextInt(0x100);
    int dlc = r.nextInt(9);
    if (r.nextInt(10) == 0) {
      return CanFrame.remote(id, extended, dlc);
    }
    byte[] data = new byte[dlc];
    r.nextBytes(data);
    return new CanFrame(id, extended, false, dlc, data);
  }
}
