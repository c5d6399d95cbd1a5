package io.solargw.protocol.bms.pace;

import java.util.Optional;

/**
 * The two protocol generations that share the ASCII frame, told apart by the VER byte.
 *
 * <p>Units differ between them (bms.md §3.3): PACE VER 0x25 sends current in 10 mA, capacities in
 * 10 mAh and temperatures in 0.1 K with offset 2730 [PACE18 A.4]; Pylontech VER 0x20 sends current
 * in 100 mA, capacities in 1 mAh and temperatures with offset 2731 [PYL33 §3.3]. The scales here
 * are the number of decimal places of the JSON value (amperes, ampere-hours).
 */
public enum Dialect {
  /** PACE "PbmsTools" protocol V2.5. */
  PACE(0x25, 2730, 2, 2),
  /** Pylontech RS485 low-voltage protocol (also its PACE "PYLON" mode). */
  PYLONTECH(0x20, 2731, 1, 3);

  private final int version;
  private final int kelvinOffsetTenths;
  private final int currentScale;
  private final int capacityScale;

  Dialect(int version, int kelvinOffsetTenths, int currentScale, int capacityScale) {
    this.version = version;
    this.kelvinOffsetTenths = kelvinOffsetTenths;
    this.currentScale = currentScale;
    this.capacityScale = capacityScale;
  }

  /** The VER byte. */
  public int code() {
    return version;
  }

  /** 0 °C in the wire's 0.1 K unit: 2730 (PACE) or 2731 (Pylontech), bms.md §3.4. */
  public int kelvinOffsetTenths() {
    return kelvinOffsetTenths;
  }

  /** Decimal places of amperes for one wire current unit: 2 (10 mA) or 1 (100 mA). */
  public int currentScale() {
    return currentScale;
  }

  /** Decimal places of ampere-hours for one wire capacity unit: 2 (10 mAh) or 3 (1 mAh). */
  public int capacityScale() {
    return capacityScale;
  }

  /** The dialect whose VER byte is {@code version}. */
  public static Optional<Dialect> of(int version) {
    for (Dialect d : values()) {
      if (d.version == version) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
