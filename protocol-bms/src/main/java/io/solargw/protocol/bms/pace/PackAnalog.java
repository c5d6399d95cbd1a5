package io.solargw.protocol.bms.pace;

import io.solargw.protocol.bms.pace.internal.Decimals;
import io.solargw.protocol.bms.pace.internal.Hex;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One pack's analog values in physical units, interpreting an {@link AnalogBlock} for its dialect.
 *
 * <p>Tail (bytes after the cycle count) by remaining length, never by P (bms.md §3.5-3.6): PACE
 * design capacity (2 bytes), SOC (byte 2), SOH (byte 11), port voltage u16 mV and second current
 * s16 (bytes 12-15), V3.1 summary remaining/full capacity u32 10 mAh (bytes 16-23); Pylontech P=4
 * 24-bit remaining and full capacity in mAh (bytes 0-5). Missing SOC/SOH are derived: SOC =
 * remaining / full, SOH = full / design clamped to 100 [NK v25.cpp], [BMSPACE], [GOBEL].
 *
 * @param packAddress the pack this block belongs to (the command echo, or 1..M in block order)
 * @param dialect units and tail layout
 * @param block the wire values
 */
public record PackAnalog(int packAddress, Dialect dialect, AnalogBlock block) {

  /** A percentage and whether the pack reported it or it was derived. */
  public record Percentage(BigDecimal percent, boolean reported) {}

  /** Checks for nulls. */
  public PackAnalog {
    Objects.requireNonNull(dialect, "dialect");
    Objects.requireNonNull(block, "block");
  }

  /** False when every cell voltage is 0: an offline pack in a multi-pack answer (§3.6). */
  public boolean present() {
    return block.cellMillivolts().stream().anyMatch(v -> v != 0);
  }

  /** Temperatures in °C; empty entries for absent sensors (0x8000). */
  public List<Optional<BigDecimal>> temperaturesCelsius() {
    List<Optional<BigDecimal>> out = new ArrayList<>();
    for (int raw : block.temperatureTenthsKelvin()) {
      out.add(
          raw == AnalogBlock.ABSENT_SENSOR
              ? Optional.empty()
              : Optional.of(Decimals.of(raw - dialect.kelvinOffsetTenths(), 1)));
    }
    return out;
  }

  /** Pack current in A, + = charging (PACE 10 mA, Pylontech 100 mA resolution). */
  public BigDecimal currentAmperes() {
    return Decimals.of(block.currentRaw(), dialect.currentScale());
  }

  /** Pack voltage in V (mV resolution). */
  public BigDecimal voltageVolts() {
    return Decimals.of(block.packMillivolts(), 3);
  }

  /** Remaining capacity; Pylontech P=4 packs carry it in the 24-bit tail field. */
  public BigDecimal remainingAmpHours() {
    return capacity(block.remainingRaw(), 0);
  }

  /** Full-charge capacity; Pylontech P=4 packs carry it in the 24-bit tail field. */
  public BigDecimal fullAmpHours() {
    return capacity(block.fullRaw(), 3);
  }

  private BigDecimal capacity(int raw16, int tailOffset) {
    if (dialect == Dialect.PYLONTECH && block.tailLength() >= 6) {
      return Decimals.of(tailInt(tailOffset, 3), 3);
    }
    return Decimals.of(raw16, dialect.capacityScale());
  }

  /** Design capacity (PACE only: the first two tail bytes). */
  public Optional<BigDecimal> designAmpHours() {
    return pace(2).map(t -> Decimals.of(tailInt(0, 2), 2));
  }

  /** State of charge: reported (PACE tail byte 2) or remaining / full. */
  public Optional<Percentage> soc() {
    if (pace(3).isPresent()) {
      return Optional.of(new Percentage(BigDecimal.valueOf(block.tailByte(2)), true));
    }
    BigDecimal full = fullAmpHours();
    return full.signum() == 0
        ? Optional.empty()
        : Optional.of(new Percentage(percent(remainingAmpHours(), full, false), false));
  }

  /** State of health: reported (PACE tail byte 11) or full / design clamped to 100. */
  public Optional<Percentage> soh() {
    if (pace(12).isPresent()) {
      return Optional.of(new Percentage(BigDecimal.valueOf(block.tailByte(11)), true));
    }
    return designAmpHours()
        .filter(d -> d.signum() != 0)
        .map(d -> new Percentage(percent(fullAmpHours(), d, true), false));
  }

  /** The V3.1 "independent total voltage" (port voltage, bms.md §3.5 B'), tail bytes 12-13. */
  public Optional<BigDecimal> portVoltageVolts() {
    return pace(16).map(t -> Decimals.of(tailInt(12, 2), 3));
  }

  /** The V3.1 "independent current", tail bytes 14-15, 10 mA. */
  public Optional<BigDecimal> portCurrentAmperes() {
    return pace(16).map(t -> Decimals.of((short) tailInt(14, 2), 2));
  }

  /** V3.1 summary remaining capacity (u32, 10 mAh), tail bytes 16-19; never seen on the wire. */
  public Optional<BigDecimal> summaryRemainingAmpHours() {
    return pace(24).map(t -> Decimals.of(tailInt(16, 4), 2));
  }

  /** V3.1 summary full capacity (u32, 10 mAh), tail bytes 20-23; never seen on the wire. */
  public Optional<BigDecimal> summaryFullAmpHours() {
    return pace(24).map(t -> Decimals.of(tailInt(20, 4), 2));
  }

  /** Tail bytes not decoded into named fields (PACE: after design capacity), as hex. */
  public String extensionHex() {
    byte[] tail = block.tail();
    int from = dialect == Dialect.PACE ? Math.min(2, tail.length) : 0;
    return Hex.of(tail, from, tail.length - from);
  }

  /** Lowest cell voltage (the pack must have at least one cell). */
  public int cellMinMillivolts() {
    return Collections.min(block.cellMillivolts());
  }

  /** Highest cell voltage (the pack must have at least one cell). */
  public int cellMaxMillivolts() {
    return Collections.max(block.cellMillivolts());
  }

  /** 1-based index of the first cell with the lowest voltage. */
  public int cellMinIndex() {
    return block.cellMillivolts().indexOf(cellMinMillivolts()) + 1;
  }

  /** 1-based index of the first cell with the highest voltage. */
  public int cellMaxIndex() {
    return block.cellMillivolts().indexOf(cellMaxMillivolts()) + 1;
  }

  /** Mean cell voltage, 0.1 mV. */
  public BigDecimal cellAverageMillivolts() {
    long sum = block.cellMillivolts().stream().mapToLong(Integer::longValue).sum();
    return BigDecimal.valueOf(sum)
        .divide(BigDecimal.valueOf(block.cellMillivolts().size()), 1, RoundingMode.HALF_UP);
  }

  private Optional<Boolean> pace(int minimumTail) {
    return dialect == Dialect.PACE && block.tailLength() >= minimumTail
        ? Optional.of(Boolean.TRUE)
        : Optional.empty();
  }

  private long tailInt(int offset, int size) {
    long v = 0;
    for (int i = 0; i < size; i++) {
      v = v << 8 | block.tailByte(offset + i);
    }
    return v;
  }

  private static BigDecimal percent(BigDecimal part, BigDecimal whole, boolean clamp) {
    BigDecimal p = part.multiply(BigDecimal.valueOf(100)).divide(whole, 3, RoundingMode.HALF_UP);
    if (clamp && p.compareTo(BigDecimal.valueOf(100)) > 0) {
      p = BigDecimal.valueOf(100);
    }
    return Decimals.plain(p);
  }
}
