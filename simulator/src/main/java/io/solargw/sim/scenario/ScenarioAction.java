package io.solargw.sim.scenario;

import io.solargw.sim.bms.PackCondition;
import java.util.OptionalInt;

/**
 * One thing a scenario does to the simulated site. Units and packs are numbered from 1 in stack and
 * rack order (unit 1 is the master inverter, pack 1 the master pack); what each action changes on
 * the wire is listed in {@code docs/reference/simulator.md}.
 */
public sealed interface ScenarioAction {

  /**
   * The grid fails ({@code present = false}) or comes back.
   *
   * @param present whether the grid is there
   */
  record Grid(boolean present) implements ScenarioAction {}

  /**
   * A unit shows a fault or alarm code of the default code table until cleared.
   *
   * @param unit 1-based unit
   * @param code the code number, e.g. 203
   */
  record RaiseCode(int unit, int code) implements ScenarioAction {}

  /**
   * Clears one raised code, or all of a unit's raised codes.
   *
   * @param unit 1-based unit
   * @param code the code, or empty for all
   */
  record ClearCodes(int unit, OptionalInt code) implements ScenarioAction {}

  /**
   * Extra demand on one unit beyond its rating; 0 ends the overload.
   *
   * @param unit 1-based unit
   * @param watts extra load, 0 or more
   */
  record Overload(int unit, double watts) implements ScenarioAction {}

  /**
   * A unit runs another APP firmware version (hundredths, 652 = 6.52); the stack raises fault 510
   * while the versions differ.
   *
   * @param unit 1-based unit
   * @param version APP version in hundredths
   */
  record Firmware(int unit, int version) implements ScenarioAction {}

  /**
   * A setting of one unit set without the firmware's checks, e.g. GOV 220 or BTP GEL.
   *
   * @param unit 1-based unit
   * @param setting LCD code or read-back name
   * @param value option code or number in the setting's unit
   */
  record Misconfigure(int unit, String setting, String value) implements ScenarioAction {}

  /**
   * A unit stops answering on every bus, or answers again.
   *
   * @param unit 1-based unit
   * @param silent true to silence it
   */
  record UnitSilent(int unit, boolean silent) implements ScenarioAction {}

  /**
   * A pack stops answering (and the master no longer sees it), or answers again.
   *
   * @param pack 1-based pack
   * @param silent true to silence it
   */
  record PackSilent(int pack, boolean silent) implements ScenarioAction {}

  /**
   * A protection, alarm or fault forced on a pack, or released.
   *
   * @param pack 1-based pack
   * @param condition the battery manual's label
   * @param on force or release
   */
  record ForceCondition(int pack, PackCondition condition, boolean on) implements ScenarioAction {}

  /**
   * One cell drifts by {@code offsetMillivolts} (450 on a 3.3 V cell gives OVP).
   *
   * @param pack 1-based pack
   * @param cell 1-based cell, 1..16
   * @param offsetMillivolts added to the cell's voltage; 0 heals it
   */
  record CellVoltage(int pack, int cell, int offsetMillivolts) implements ScenarioAction {}

  /**
   * The cell sensors of a pack run 35 °C hot: charge over-temperature protection (COTP, COT).
   *
   * @param pack 1-based pack
   */
  record ChargeOverTemperature(int pack) implements ScenarioAction {}

  /**
   * The MOSFET sensor of a pack runs 90 °C hot: MOSFET over-temperature protection (MOS OT).
   *
   * @param pack 1-based pack
   */
  record MosProtection(int pack) implements ScenarioAction {}

  /**
   * Releases everything forced on a pack (conditions, temperatures, its cells' offsets).
   *
   * @param pack 1-based pack
   */
  record PackNormal(int pack) implements ScenarioAction {}

  /**
   * A pack's DIP switch set to another address: 1 makes a second master, an address another pack
   * has duplicates it, and the pack's own address goes missing.
   *
   * @param pack 1-based pack
   * @param address DIP address 0..15
   */
  record PackAddress(int pack, int address) implements ScenarioAction {}

  /**
   * The master pack's CAN frames drift from what the packs answer on RS485 (a BMS whose CAN side
   * reports another rack, stale or miscalibrated): the offsets are added to the CAN 0x355 SOC and
   * the 0x356 voltage and current; all zero heals it.
   *
   * @param socPercent added to the CAN SOC (clamped to 0..100)
   * @param volts added to the CAN battery voltage
   * @param amps added to the CAN battery current (+ = charge)
   */
  record CanSkew(double socPercent, double volts, double amps) implements ScenarioAction {}
}
