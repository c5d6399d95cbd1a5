package io.solargw.sim.scenario;

import io.solargw.protocol.inverter.codes.CodeTable;
import io.solargw.sim.bms.BatteryRack;
import io.solargw.sim.bms.CanOffsets;
import io.solargw.sim.bms.PackCondition;
import io.solargw.sim.fault.FaultInjector;
import io.solargw.sim.internal.SiteDriver;
import io.solargw.sim.inverter.InverterStack;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies {@link ScenarioAction}s to a running simulation: the site model (grid, load, cells), the
 * inverter stack (codes, firmware, settings), the rack (conditions, temperatures, DIP addresses)
 * and the buses' fault injectors (silent devices). The new state is published at once, so the next
 * request on any bus sees the change.
 */
public final class ScenarioControl {

  private static final Logger LOG = LoggerFactory.getLogger(ScenarioControl.class);

  /** Cells of a pack (16S packs, bms.md 3.2). */
  private static final int CELLS = 16;

  private final SiteDriver driver;
  private final InverterStack stack;
  private final BatteryRack rack;
  private final FaultInjector inverterFaults;
  private final FaultInjector rackFaults;
  private final CodeTable codes = CodeTable.loadDefault();

  public ScenarioControl(
      SiteDriver driver,
      InverterStack stack,
      BatteryRack rack,
      FaultInjector inverterFaults,
      FaultInjector rackFaults) {
    this.driver = driver;
    this.stack = stack;
    this.rack = rack;
    this.inverterFaults = inverterFaults;
    this.rackFaults = rackFaults;
  }

  /**
   * Applies {@code action} and publishes the new state.
   *
   * @throws IllegalArgumentException for a unit, pack, code, setting or value that does not exist
   */
  public void apply(ScenarioAction action) {
    if (!applyToStack(action)) {
      applyToRack(action);
    }
    LOG.info("scenario: {}", action);
    driver.advance(0);
  }

  private boolean applyToStack(ScenarioAction action) {
    if (action instanceof ScenarioAction.Grid g) {
      driver.later(site -> site.setGridPresent(g.present()));
    } else if (action instanceof ScenarioAction.RaiseCode r) {
      stack.raiseCode(unit(r.unit()), known(r.code()));
    } else if (action instanceof ScenarioAction.ClearCodes c) {
      int index = unit(c.unit());
      c.code().ifPresentOrElse(code -> stack.clearCode(index, code), () -> stack.clearCodes(index));
    } else if (action instanceof ScenarioAction.Overload o) {
      overload(unit(o.unit()), o.watts());
    } else if (action instanceof ScenarioAction.Firmware f) {
      stack.setAppVersion(unit(f.unit()), f.version());
    } else if (action instanceof ScenarioAction.Misconfigure m) {
      stack.setSetting(unit(m.unit()), m.setting(), m.value());
    } else if (action instanceof ScenarioAction.UnitSilent u) {
      inverterFaults.setAway(stack.identity(unit(u.unit())).address(), u.silent());
    } else {
      return false;
    }
    return true;
  }

  private void applyToRack(ScenarioAction action) {
    if (action instanceof ScenarioAction.PackSilent s) {
      rackFaults.setAway(rack.dipAddress(s.pack()), s.silent());
    } else if (action instanceof ScenarioAction.ForceCondition f) {
      rack.force(f.pack(), f.condition(), f.on());
    } else if (action instanceof ScenarioAction.CellVoltage c) {
      cell(c.pack(), c.cell(), c.offsetMillivolts());
    } else if (action instanceof ScenarioAction.ChargeOverTemperature t) {
      heat(t.pack(), 35, 0, PackCondition.COTP, PackCondition.COT);
    } else if (action instanceof ScenarioAction.MosProtection m) {
      heat(m.pack(), 0, 90, PackCondition.MOS_OTP, PackCondition.MOS_OT);
    } else if (action instanceof ScenarioAction.PackNormal n) {
      normal(n.pack());
    } else if (action instanceof ScenarioAction.PackAddress a) {
      rack.setDipAddress(a.pack(), a.address());
    } else if (action instanceof ScenarioAction.CanSkew k) {
      rack.setCanOffsets(new CanOffsets(k.socPercent(), k.volts(), k.amps()));
    }
  }

  private void overload(int index, double watts) {
    if (!(watts >= 0)) {
      throw new IllegalArgumentException("watts must be 0 or more, got " + watts);
    }
    driver.later(site -> site.setExtraLoad(index, watts));
    stack.setOverloaded(index, watts > 0);
  }

  private void cell(int pack, int cell, int offset) {
    rack.dipAddress(pack); // checks the pack number
    if (cell < 1 || cell > CELLS) {
      throw new IllegalArgumentException("cell must be in 1..16, got " + cell);
    }
    driver.later(site -> site.setCellFault(pack, cell, offset));
  }

  /** Heats the sensors and forces the protection with its alarm (the BMS latches both). */
  private void heat(
      int pack, double cells, double mos, PackCondition protect, PackCondition alarm) {
    rack.setTemperatureOffsets(pack, cells, mos);
    rack.force(pack, protect, true);
    rack.force(pack, alarm, true);
  }

  private void normal(int pack) {
    rack.clear(pack);
    for (int c = 1; c <= CELLS; c++) {
      int cell = c;
      driver.later(site -> site.setCellFault(pack, cell, 0));
    }
  }

  private int unit(int unit) {
    if (unit < 1 || unit > stack.size()) {
      throw new IllegalArgumentException("unit must be in 1.." + stack.size() + ", got " + unit);
    }
    return unit - 1;
  }

  private int known(int code) {
    if (codes.lookup(code).isEmpty()) {
      throw new IllegalArgumentException(
          "code " + code + " is not in the default code table (docs/reference/inverter-codes.md)");
    }
    return code;
  }
}
