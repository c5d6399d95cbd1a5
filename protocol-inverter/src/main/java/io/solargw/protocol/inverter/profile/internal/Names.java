package io.solargw.protocol.inverter.profile.internal;

import java.util.regex.Pattern;

/** Rules for JSON names: lower-case words, the unit word as suffix when there is a unit. */
final class Names {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*(_[A-Za-z]+)?");

  private Names() {}

  static void checkUnitSuffix(Fields f, String name, String unit) {
    if (name == null) {
      return;
    }
    if (!NAME.matcher(name).matches()) {
      f.problem(
          "name",
          "name '"
              + name
              + "' must be lower-case words joined by '_' (unit suffix may keep its case)");
    }
    if (!unit.isEmpty() && !name.endsWith("_" + unit)) {
      f.problem("name", "name '" + name + "' must end with its unit '_" + unit + "'");
    }
  }
}
