package io.solargw.sim.bms.internal;

import io.solargw.protocol.bms.pace.Dialect;
import io.solargw.protocol.bms.pace.ProtectionParameter;
import io.solargw.sim.bms.PackThresholds;
import java.io.ByteArrayOutputStream;

/**
 * The protection-parameter reads 0xD1..0xE7 (layouts in protocol-bms's {@link ProtectionParameter},
 * from PACE31 §4.46-4.69): function enabled, then alarm / protect / release values and a delay
 * code, from the pack's thresholds. Capture O11 reads the cell over-voltage group as {@code 01 0E10
 * 0E74 0D34 0A}; the simulator answers the same for its defaults.
 */
final class ProtectionValues {

  private static final int CELLS = 16;
  private static final int ENABLED = 1;

  private ProtectionValues() {}

  static byte[] of(ProtectionParameter group, PackThresholds t) {
    Out o = new Out();
    switch (group) {
      case CELL_OVER_VOLTAGE ->
          o.u8(ENABLED)
              .u16(t.cellHighAlarmMillivolts(), t.cellHighProtectMillivolts(), 3380)
              .u8(10);
      case CELL_UNDER_VOLTAGE ->
          o.u8(ENABLED).u16(t.cellLowAlarmMillivolts(), t.cellLowProtectMillivolts(), 3000).u8(10);
      case PACK_OVER_VOLTAGE ->
          o.u8(ENABLED)
              .u16(
                  CELLS * t.cellHighAlarmMillivolts(), CELLS * t.cellHighProtectMillivolts(), 54000)
              .u8(10);
      case PACK_UNDER_VOLTAGE ->
          o.u8(ENABLED)
              .u16(CELLS * t.cellLowAlarmMillivolts(), CELLS * t.cellLowProtectMillivolts(), 48000)
              .u8(10);
      case CHARGE_OVER_CURRENT, DISCHARGE_OVER_CURRENT_1 -> o.u8(ENABLED).u16(100, 110, 90).u8(10);
      case CELL_HIGH_TEMPERATURE ->
          o.u8(ENABLED)
              .temps(t.chargeHighAlarmCelsius(), t.chargeHighProtectCelsius(), 50)
              .temps(t.dischargeHighAlarmCelsius(), t.dischargeHighProtectCelsius(), 55);
      case CELL_LOW_TEMPERATURE ->
          o.u8(ENABLED)
              .temps(t.chargeLowAlarmCelsius(), t.chargeLowProtectCelsius(), 5)
              .temps(-10, -20, -10);
      case MOSFET_HIGH_TEMPERATURE ->
          o.u8(ENABLED).temps(t.mosHighAlarmCelsius(), t.mosHighProtectCelsius(), 85);
      case DISCHARGE_OVER_CURRENT_2 -> o.u16(150).u8(4).u16(150).u8(4);
      case SHORT_CIRCUIT_DELAY -> o.u8(8);
      case AMBIENT_TEMPERATURE -> o.u8(ENABLED).temps(-10, -20, -15).temps(60, 70, 65);
    }
    return o.bytes();
  }

  /** A tiny big-endian writer. */
  private static final class Out {
    private final ByteArrayOutputStream b = new ByteArrayOutputStream();

    Out u8(int v) {
      b.write(v);
      return this;
    }

    Out u16(int... values) {
      for (int v : values) {
        b.write(v >> 8);
        b.write(v);
      }
      return this;
    }

    Out temps(double... celsius) {
      for (double c : celsius) {
        u16((int) Math.round(c * 10) + Dialect.PACE.kelvinOffsetTenths());
      }
      return this;
    }

    byte[] bytes() {
      return b.toByteArray();
    }
  }
}
