package io.solargw.sim.scenario;

import java.math.BigDecimal;

/** The action of a scenario-file step from its {@code do} name and parameters. */
final class ScenarioActions {

  private ScenarioActions() {}

  static ScenarioAction of(String name, ScenarioFile.Params p) {
    return switch (name) {
      case "grid-off" -> new ScenarioAction.Grid(false);
      case "grid-on" -> new ScenarioAction.Grid(true);
      case "raise" -> new ScenarioAction.RaiseCode(p.integer("unit"), p.integer("code"));
      case "clear" -> new ScenarioAction.ClearCodes(p.integer("unit"), p.optionalInteger("code"));
      case "overload" -> new ScenarioAction.Overload(p.integer("unit"), p.number("watts"));
      case "overload-end" -> new ScenarioAction.Overload(p.integer("unit"), 0);
      case "firmware" -> new ScenarioAction.Firmware(p.integer("unit"), version(p.text("version")));
      case "misconfigure" ->
          new ScenarioAction.Misconfigure(p.integer("unit"), p.text("setting"), p.text("value"));
      case "unit-silent" -> new ScenarioAction.UnitSilent(p.integer("unit"), true);
      case "unit-back" -> new ScenarioAction.UnitSilent(p.integer("unit"), false);
      case "pack-silent" -> new ScenarioAction.PackSilent(p.integer("pack"), true);
      case "pack-back" -> new ScenarioAction.PackSilent(p.integer("pack"), false);
      case "pack-condition" ->
          new ScenarioAction.ForceCondition(
              p.integer("pack"),
              p.parsed("condition", ScenarioFile::condition),
              p.flag("on", true));
      case "cell-voltage" ->
          new ScenarioAction.CellVoltage(
              p.integer("pack"), p.integer("cell"), p.integer("offset_mV"));
      case "charge-over-temperature" -> new ScenarioAction.ChargeOverTemperature(p.integer("pack"));
      case "mos-protection" -> new ScenarioAction.MosProtection(p.integer("pack"));
      case "pack-normal" -> new ScenarioAction.PackNormal(p.integer("pack"));
      case "pack-address" ->
          new ScenarioAction.PackAddress(p.integer("pack"), p.integer("address"));
      case "two-masters" -> new ScenarioAction.PackAddress(p.integer("pack"), 1);
      case "can-skew" ->
          new ScenarioAction.CanSkew(
              p.optionalNumber("soc_pct"), p.optionalNumber("volts"), p.optionalNumber("amps"));
      default -> throw new IllegalArgumentException("unknown action '" + name + "'");
    };
  }

  /** {@code 6.52} → 652 hundredths. */
  private static int version(String text) {
    try {
      BigDecimal v = new BigDecimal(text.strip());
      int hundredths = v.movePointRight(2).intValueExact();
      if (hundredths < 0 || hundredths > 0xFFFF) {
        throw new ArithmeticException();
      }
      return hundredths;
    } catch (NumberFormatException | ArithmeticException e) {
      throw new IllegalArgumentException(
          "'version' must be a version with at most 2 decimals, like 6.52, got '" + text + "'");
    }
  }
}
