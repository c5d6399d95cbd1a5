package io.solargw.sim.bms;

/**
 * A protection, alarm, fault or status a simulated pack can be in, named after the battery manual's
 * short labels (protection list CP, DOCP, COCP, TUVP, TOVP, UVP, OVP, Fully, EUT, EOT, MOS OT,
 * DUTP, CUTP, DOTP, COTP; alarm list DOC, COC, TUV, TOV, UV, OV, USOC, MOS OT, EUT, EOT, DUT, CUT,
 * DOT, COT; fault list Sample, Cells, NTC, chg MOS, dhg MOS).
 */
public enum PackCondition {
  OVP(Kind.PROTECTION),
  UVP(Kind.PROTECTION),
  TOVP(Kind.PROTECTION),
  TUVP(Kind.PROTECTION),
  COCP(Kind.PROTECTION),
  DOCP(Kind.PROTECTION),
  CP(Kind.PROTECTION),
  COTP(Kind.PROTECTION),
  CUTP(Kind.PROTECTION),
  DOTP(Kind.PROTECTION),
  DUTP(Kind.PROTECTION),
  MOS_OTP(Kind.PROTECTION),
  EOTP(Kind.PROTECTION),
  EUTP(Kind.PROTECTION),
  OV(Kind.ALARM),
  UV(Kind.ALARM),
  TOV(Kind.ALARM),
  TUV(Kind.ALARM),
  COC(Kind.ALARM),
  DOC(Kind.ALARM),
  COT(Kind.ALARM),
  CUT(Kind.ALARM),
  DOT(Kind.ALARM),
  DUT(Kind.ALARM),
  MOS_OT(Kind.ALARM),
  EOT(Kind.ALARM),
  EUT(Kind.ALARM),
  USOC(Kind.ALARM),
  SAMPLE_FAULT(Kind.FAULT),
  CELL_FAULT(Kind.FAULT),
  NTC_FAULT(Kind.FAULT),
  CHG_MOS_FAULT(Kind.FAULT),
  DHG_MOS_FAULT(Kind.FAULT),
  FULLY(Kind.STATUS);

  /** What kind of condition it is. */
  public enum Kind {
    PROTECTION,
    ALARM,
    FAULT,
    STATUS
  }

  private final Kind kind;

  PackCondition(Kind kind) {
    this.kind = kind;
  }

  /** Protection, alarm, fault or status. */
  public Kind kind() {
    return kind;
  }

  /** True if the BMS blocks charging while this is active. */
  public boolean blocksCharge() {
    return switch (this) {
      case OVP, TOVP, COCP, COTP, CUTP, MOS_OTP, EOTP, EUTP, CP, CHG_MOS_FAULT -> true;
      default -> false;
    };
  }

  /** True if the BMS blocks discharging while this is active. */
  public boolean blocksDischarge() {
    return switch (this) {
      case UVP, TUVP, DOCP, DOTP, DUTP, MOS_OTP, EOTP, EUTP, CP, DHG_MOS_FAULT -> true;
      default -> false;
    };
  }
}
