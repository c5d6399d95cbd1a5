package io.solargw.sim.bms.internal;

import io.solargw.sim.bms.PackCondition;
import java.util.EnumSet;
import java.util.Set;

/**
 * The mutable memory of one simulated pack: its DIP address, what it says about itself, the
 * conditions and temperature offsets a scenario imposes, its control state and MOSFET switches.
 * Guarded by the rack's lock.
 */
public final class SimulatedPack {

  /** Control state at power-on: buzzer on, LED alarm and current limiting enabled (§4.3.4). */
  static final int DEFAULT_CONTROL_STATE = 0x01;

  private final int position;
  private int dipAddress;
  private final Set<PackCondition> forced = EnumSet.noneOf(PackCondition.class);
  private double cellOffsetCelsius;
  private double mosOffsetCelsius;
  private int controlState = DEFAULT_CONTROL_STATE;
  private boolean chargeMosfetOff;
  private boolean dischargeMosfetOff;
  private long clockOffsetSeconds;

  /**
   * @param position 1-based place in the rack (the site model's pack address)
   */
  public SimulatedPack(int position) {
    this.position = position;
    this.dipAddress = position;
  }

  public int position() {
    return position;
  }

  /** The DIP-switch address the pack answers (bms.md 5.1), normally its position. */
  public int dipAddress() {
    return dipAddress;
  }

  public void dipAddress(int address) {
    this.dipAddress = address;
  }

  /** PACE "PbmsTools" version string, 20 characters (C1, bms.md 2.4). */
  public String softwareVersion() {
    return "P16S100A-2306-3.10  ";
  }

  /** BMS production info (C2), 20 characters. */
  public String serialNumber() {
    return String.format("PC2306150%03d       ", position);
  }

  /** Pack production info (C2 second half), 20 characters. */
  public String packSerialNumber() {
    return String.format("LFP51V100AH2306%03d  ", position);
  }

  public Set<PackCondition> forced() {
    return forced;
  }

  public double cellOffsetCelsius() {
    return cellOffsetCelsius;
  }

  public double mosOffsetCelsius() {
    return mosOffsetCelsius;
  }

  /** Raises the cell sensors and the MOSFET sensor above what the site model says. */
  public void temperatureOffsets(double cells, double mos) {
    this.cellOffsetCelsius = cells;
    this.mosOffsetCelsius = mos;
  }

  public int controlState() {
    return controlState;
  }

  public void controlState(int value) {
    this.controlState = value & 0xFF;
  }

  public boolean chargeMosfetOff() {
    return chargeMosfetOff;
  }

  public void chargeMosfetOff(boolean off) {
    this.chargeMosfetOff = off;
  }

  public boolean dischargeMosfetOff() {
    return dischargeMosfetOff;
  }

  public void dischargeMosfetOff(boolean off) {
    this.dischargeMosfetOff = off;
  }

  public long clockOffsetSeconds() {
    return clockOffsetSeconds;
  }

  public void clockOffsetSeconds(long seconds) {
    this.clockOffsetSeconds = seconds;
  }
}
