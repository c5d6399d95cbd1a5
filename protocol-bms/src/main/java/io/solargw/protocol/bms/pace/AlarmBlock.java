package io.solargw.protocol.bms.pace;

import io.solargw.protocol.bms.pace.internal.Hex;
import io.solargw.protocol.bms.pace.internal.InfoWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One pack block of a 0x44 answer, as wire bytes (bms.md §4.1, [PACE18 A.18], [PACE31 A.16], [PYL33
 * §3.5]).
 *
 * <p>Layout: cell count M, M cell warning codes, temperature count N, N temperature warning codes,
 * charge-current, total-voltage and discharge-current warning codes, then the state bytes: PACE 9
 * (protect 1, protect 2, instruction, control, fault, balance 1, balance 2, warn 1, warn 2),
 * Pylontech 5 (status 1..5); then 0..5 extra bytes (PACE V3.1: fault 8, indication 9, active
 * balance 1, active balance 2, fault 10; one unexplained byte on genuine US2000 answers).
 *
 * @param cellCodes per-cell warning codes ({@link WarningLevel})
 * @param temperatureCodes per-sensor warning codes
 * @param chargeCurrentCode charge-current warning code
 * @param voltageCode total (module) voltage warning code
 * @param dischargeCurrentCode discharge-current warning code
 * @param states the 9 (PACE) or 5 (Pylontech) state bytes
 * @param extra trailing bytes after the states
 */
public record AlarmBlock(
    List<Integer> cellCodes,
    List<Integer> temperatureCodes,
    int chargeCurrentCode,
    int voltageCode,
    int dischargeCurrentCode,
    byte[] states,
    byte[] extra) {

  /** Largest number of extra bytes documented (V3.1 adds five). */
  public static final int MAX_EXTRA = 5;

  /** Checks ranges and copies. */
  public AlarmBlock {
    cellCodes = bytes("cellCodes", cellCodes);
    temperatureCodes = bytes("temperatureCodes", temperatureCodes);
    PaceRequests.check("chargeCurrentCode", chargeCurrentCode, 0, 0xFF);
    PaceRequests.check("voltageCode", voltageCode, 0, 0xFF);
    PaceRequests.check("dischargeCurrentCode", dischargeCurrentCode, 0, 0xFF);
    states = states.clone();
    extra = extra.clone();
    if (states.length != 9 && states.length != 5) {
      throw new IllegalArgumentException("states has " + states.length + " bytes; allowed 9 or 5");
    }
    PaceRequests.check("extra.length", extra.length, 0, MAX_EXTRA);
  }

  private static List<Integer> bytes(String name, List<Integer> values) {
    List<Integer> copy = List.copyOf(values);
    PaceRequests.check(name + ".size()", copy.size(), 0, 0xFF);
    copy.forEach(v -> PaceRequests.check(name + " entry", v, 0, 0xFF));
    return copy;
  }

  /** A copy of the states bytes. */
  @Override
  public byte[] states() {
    return states.clone();
  }

  /** A copy of the extra bytes. */
  @Override
  public byte[] extra() {
    return extra.clone();
  }

  /** State byte {@code index} (0-based) as 0..255. */
  public int state(int index) {
    return states[index] & 0xFF;
  }

  /** Extra byte {@code index}, if present. */
  public OptionalInt extraByte(int index) {
    return index < extra.length ? OptionalInt.of(extra[index] & 0xFF) : OptionalInt.empty();
  }

  /** Block length in bytes: M + N + 5 + state bytes + extra bytes. */
  public int length() {
    return cellCodes.size() + temperatureCodes.size() + 5 + states.length + extra.length;
  }

  void writeTo(InfoWriter w) {
    w.u8(cellCodes.size());
    cellCodes.forEach(w::u8);
    w.u8(temperatureCodes.size());
    temperatureCodes.forEach(w::u8);
    w.u8(chargeCurrentCode).u8(voltageCode).u8(dischargeCurrentCode).bytes(states).bytes(extra);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AlarmBlock b
        && cellCodes.equals(b.cellCodes)
        && temperatureCodes.equals(b.temperatureCodes)
        && chargeCurrentCode == b.chargeCurrentCode
        && voltageCode == b.voltageCode
        && dischargeCurrentCode == b.dischargeCurrentCode
        && Arrays.equals(states, b.states)
        && Arrays.equals(extra, b.extra);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        cellCodes,
        temperatureCodes,
        chargeCurrentCode,
        voltageCode,
        dischargeCurrentCode,
        Arrays.hashCode(states),
        Arrays.hashCode(extra));
  }

  @Override
  public String toString() {
    return "AlarmBlock[cells="
        + cellCodes
        + ", temperatures="
        + temperatureCodes
        + ", codes="
        + chargeCurrentCode
        + "/"
        + voltageCode
        + "/"
        + dischargeCurrentCode
        + ", states="
        + Hex.of(states)
        + ", extra="
        + Hex.of(extra)
        + "]";
  }
}
