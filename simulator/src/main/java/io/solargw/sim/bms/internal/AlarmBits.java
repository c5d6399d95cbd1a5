package io.solargw.sim.bms.internal;

import io.solargw.sim.bms.PackCondition;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Where each condition sits in the PACE 0x44 state bytes (bms.md 4.3; the battery manual's labels
 * read MSB to LSB are exactly the documented bits): state byte index (0 protect 1, 1 protect 2, 4
 * fault, 7 warn 1, 8 warn 2) and bit.
 */
final class AlarmBits {

  static final int PROTECT_1 = 0;
  static final int PROTECT_2 = 1;
  static final int INSTRUCTION = 2;
  static final int CONTROL = 3;
  static final int FAULT = 4;
  static final int BALANCE_1 = 5;
  static final int BALANCE_2 = 6;
  static final int WARN_1 = 7;
  static final int WARN_2 = 8;

  private record Bit(int state, int bit) {}

  private static final Map<PackCondition, Bit> BITS = new EnumMap<>(PackCondition.class);

  static {
    put(PROTECT_1, PackCondition.OVP, PackCondition.UVP, PackCondition.TOVP, PackCondition.TUVP);
    put(PROTECT_1, 4, PackCondition.COCP, PackCondition.DOCP, PackCondition.CP);
    put(PROTECT_2, PackCondition.COTP, PackCondition.DOTP, PackCondition.CUTP, PackCondition.DUTP);
    put(PROTECT_2, 4, PackCondition.MOS_OTP, PackCondition.EOTP, PackCondition.EUTP);
    put(PROTECT_2, 7, PackCondition.FULLY);
    put(
        FAULT,
        0,
        PackCondition.CHG_MOS_FAULT,
        PackCondition.DHG_MOS_FAULT,
        PackCondition.NTC_FAULT);
    put(FAULT, 4, PackCondition.CELL_FAULT, PackCondition.SAMPLE_FAULT);
    put(WARN_1, PackCondition.OV, PackCondition.UV, PackCondition.TOV, PackCondition.TUV);
    put(WARN_1, 4, PackCondition.COC, PackCondition.DOC);
    put(WARN_2, PackCondition.COT, PackCondition.DOT, PackCondition.CUT, PackCondition.DUT);
    put(WARN_2, 4, PackCondition.EOT, PackCondition.EUT, PackCondition.MOS_OT, PackCondition.USOC);
  }

  private AlarmBits() {}

  private static void put(int state, PackCondition... conditions) {
    put(state, 0, conditions);
  }

  private static void put(int state, int firstBit, PackCondition... conditions) {
    for (int i = 0; i < conditions.length; i++) {
      BITS.put(conditions[i], new Bit(state, firstBit + i));
    }
  }

  /** Sets the bits of {@code conditions} in the 9 state bytes. */
  static void apply(Set<PackCondition> conditions, int[] states) {
    for (PackCondition c : conditions) {
      Bit b = BITS.get(c);
      if (b != null) {
        states[b.state()] |= 1 << b.bit();
      }
    }
  }
}
