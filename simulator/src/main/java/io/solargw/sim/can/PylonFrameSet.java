package io.solargw.sim.can;

import io.solargw.protocol.bms.pylon.CanFrame;
import io.solargw.protocol.bms.pylon.ChargeDischargeLimits;
import io.solargw.protocol.bms.pylon.ChargeRequest;
import io.solargw.protocol.bms.pylon.ManufacturerName;
import io.solargw.protocol.bms.pylon.ProtectionAlarmFlag;
import io.solargw.protocol.bms.pylon.ProtectionAlarmFlags;
import io.solargw.protocol.bms.pylon.PylonCanCodec;
import io.solargw.protocol.bms.pylon.StateOfChargeHealth;
import io.solargw.protocol.bms.pylon.VoltageCurrentTemperature;
import io.solargw.sim.bms.CanOffsets;
import io.solargw.sim.bms.PackCondition;
import io.solargw.sim.site.BatteryState;
import io.solargw.sim.site.PackState;
import java.util.List;
import java.util.Set;

/**
 * The Pylontech CAN frames the master pack broadcasts for the whole rack, consistent with what the
 * packs answer on RS485. Stack-level values follow the convention of bms.md 6.6 (our inference, no
 * PACE CAN capture exists): voltage = mean, current = sum, temperature = max, SOC =
 * capacity-weighted, CVL = fixed, CCL/DCL = sum over the packs that allow it, flags ORed.
 */
public final class PylonFrameSet {

  /** Charge voltage limit: 16 cells x 3.5 V. */
  static final int CHARGE_VOLTAGE_DECIVOLTS = 560;

  /** Discharge voltage limit: 16 cells x 3.0 V. */
  static final int DISCHARGE_VOLTAGE_DECIVOLTS = 480;

  private PylonFrameSet() {}

  /** The frame set for {@code battery}, with each pack's active conditions (same order). */
  public static List<CanFrame> of(BatteryState battery, List<Set<PackCondition>> conditions) {
    return of(battery, conditions, CanOffsets.NONE);
  }

  /**
   * The frame set for {@code battery}, with each pack's active conditions (same order), SOC,
   * voltage and current moved by {@code offsets} (a CAN side that disagrees with RS485).
   */
  public static List<CanFrame> of(
      BatteryState battery, List<Set<PackCondition>> conditions, CanOffsets offsets) {
    int ccl = 0;
    int dcl = 0;
    int flags = 0;
    boolean chargeOk = false;
    boolean dischargeOk = false;
    double maxTemp = -40;
    double sohSum = 0;
    for (int i = 0; i < battery.packs().size(); i++) {
      PackState p = battery.packs().get(i);
      Set<PackCondition> c = conditions.get(i);
      boolean packCharge = c.stream().noneMatch(PackCondition::blocksCharge);
      boolean packDischarge = c.stream().noneMatch(PackCondition::blocksDischarge);
      // 0.5 C charge, tapering near full; 1 C discharge (deciamps).
      double chargeC = p.socPercent() >= 98 ? 0.05 : 0.5;
      ccl += packCharge ? (int) Math.round(p.designAh() * chargeC * 10) : 0;
      dcl += packDischarge ? (int) Math.round(p.designAh() * 10) : 0;
      chargeOk |= packCharge;
      dischargeOk |= packDischarge;
      flags |= canFlags(c);
      for (double t : p.temperaturesCelsius().subList(0, 4)) {
        maxTemp = Math.max(maxTemp, t);
      }
      sohSum += p.sohPercent();
    }
    int packs = battery.packs().size();
    int request =
        (chargeOk ? ChargeRequest.CHARGE_ENABLE : 0)
            | (dischargeOk ? ChargeRequest.DISCHARGE_ENABLE : 0)
            | (battery.socPercent() < 5 ? ChargeRequest.FORCE_CHARGE_I : 0);
    return List.of(
        PylonCanCodec.encode(
            new ChargeDischargeLimits(
                CHARGE_VOLTAGE_DECIVOLTS,
                Math.min(ccl, Short.MAX_VALUE),
                Math.min(dcl, Short.MAX_VALUE),
                DISCHARGE_VOLTAGE_DECIVOLTS)),
        PylonCanCodec.encode(
            StateOfChargeHealth.of(
                (int)
                    Math.round(
                        Math.max(0, Math.min(100, battery.socPercent() + offsets.socPercent()))),
                (int) Math.round(sohSum / packs))),
        PylonCanCodec.encode(
            new VoltageCurrentTemperature(
                (int) Math.round((battery.volts() + offsets.volts()) * 100),
                (int) Math.round((battery.amps() + offsets.amps()) * 10),
                (int) Math.round(maxTemp * 10))),
        PylonCanCodec.encode(
            new ProtectionAlarmFlags(flags, packs, ProtectionAlarmFlags.PYLON_MARKER)),
        PylonCanCodec.encode(new ChargeRequest(request, 0)),
        PylonCanCodec.encode(new ManufacturerName("PYLON")));
  }

  private static int canFlags(Set<PackCondition> c) {
    int bits = 0;
    for (PackCondition k : c) {
      ProtectionAlarmFlag f =
          switch (k) {
            case OVP, TOVP -> ProtectionAlarmFlag.CELL_OR_MODULE_OVER_VOLTAGE;
            case UVP, TUVP -> ProtectionAlarmFlag.CELL_OR_MODULE_UNDER_VOLTAGE;
            case COTP, DOTP -> ProtectionAlarmFlag.CELL_OVER_TEMPERATURE;
            case CUTP, DUTP -> ProtectionAlarmFlag.CELL_UNDER_TEMPERATURE;
            case DOCP, CP -> ProtectionAlarmFlag.DISCHARGE_OVER_CURRENT;
            case COCP -> ProtectionAlarmFlag.CHARGE_OVER_CURRENT;
            case SAMPLE_FAULT, CELL_FAULT, NTC_FAULT, CHG_MOS_FAULT, DHG_MOS_FAULT, MOS_OTP ->
                ProtectionAlarmFlag.SYSTEM_ERROR;
            case OV, TOV -> ProtectionAlarmFlag.CELL_OR_MODULE_HIGH_VOLTAGE;
            case UV, TUV -> ProtectionAlarmFlag.CELL_OR_MODULE_LOW_VOLTAGE;
            case COT, DOT -> ProtectionAlarmFlag.CELL_HIGH_TEMPERATURE;
            case CUT, DUT -> ProtectionAlarmFlag.CELL_LOW_TEMPERATURE;
            case DOC -> ProtectionAlarmFlag.DISCHARGE_HIGH_CURRENT;
            case COC -> ProtectionAlarmFlag.CHARGE_HIGH_CURRENT;
            default -> null; // environment/MOS alarms, USOC, Fully: no 0x359 bit
          };
      if (f != null) {
        bits |= 1 << f.code();
      }
    }
    return bits;
  }
}
