package io.solargw.protocol.bms.pace;

import io.solargw.protocol.bms.pace.internal.Hex;
import io.solargw.protocol.bms.pace.internal.InfoWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One pack block of a 0x42 answer, as wire integers (bms.md §3.2, [PACE18 A.14], [PACE31 A.12],
 * [PYL33 §3.3]).
 *
 * <p>Layout: cell count M (u8), M cell voltages (u16 mV), temperature count N (u8), N temperatures
 * (u16, 0.1 K; 0x8000 = no sensor), current (s16; 10 mA PACE, 100 mA Pylontech), pack voltage (u16
 * mV), remaining capacity (u16), user-item count P (u8), full capacity (u16), cycles (u16), then a
 * tail whose layout depends on the firmware, not on P (§3.5): design capacity, SOC, ... for PACE;
 * 24-bit capacities for Pylontech P=4. {@link PackAnalog} interprets the tail.
 *
 * @param cellMillivolts cell voltages, 0..255 entries of 0..65535
 * @param temperatureTenthsKelvin temperatures in 0.1 K, 0..255 entries of 0..65535
 * @param currentRaw signed current in the dialect's unit
 * @param packMillivolts pack voltage
 * @param remainingRaw remaining capacity (10 mAh PACE, 1 mAh Pylontech)
 * @param userItems the user-defined item count P
 * @param fullRaw full-charge capacity
 * @param cycles cycle count
 * @param tail the bytes after the cycle count
 */
public record AnalogBlock(
    List<Integer> cellMillivolts,
    List<Integer> temperatureTenthsKelvin,
    int currentRaw,
    int packMillivolts,
    int remainingRaw,
    int userItems,
    int fullRaw,
    int cycles,
    byte[] tail) {

  /** Temperature value meaning "no such sensor" [PACE31 A.12]. */
  public static final int ABSENT_SENSOR = 0x8000;

  /** Checks ranges and copies the lists and the tail. */
  public AnalogBlock {
    cellMillivolts = checkList("cellMillivolts", cellMillivolts);
    temperatureTenthsKelvin = checkList("temperatureTenthsKelvin", temperatureTenthsKelvin);
    PaceRequests.check("currentRaw", currentRaw, Short.MIN_VALUE, Short.MAX_VALUE);
    PaceRequests.check("packMillivolts", packMillivolts, 0, 0xFFFF);
    PaceRequests.check("remainingRaw", remainingRaw, 0, 0xFFFF);
    PaceRequests.check("userItems", userItems, 0, 0xFF);
    PaceRequests.check("fullRaw", fullRaw, 0, 0xFFFF);
    PaceRequests.check("cycles", cycles, 0, 0xFFFF);
    tail = tail.clone();
  }

  private static List<Integer> checkList(String name, List<Integer> values) {
    List<Integer> copy = List.copyOf(values);
    PaceRequests.check(name + ".size()", copy.size(), 0, 0xFF);
    for (int v : copy) {
      PaceRequests.check(name + " entry", v, 0, 0xFFFF);
    }
    return copy;
  }

  /** A copy of the tail bytes. */
  @Override
  public byte[] tail() {
    return tail.clone();
  }

  /** Tail byte {@code index} as 0..255, without copying. */
  int tailByte(int index) {
    return tail[index] & 0xFF;
  }

  int tailLength() {
    return tail.length;
  }

  /** Block length in bytes: 2M + 2N + 13 + tail. */
  public int length() {
    return 2 * cellMillivolts.size() + 2 * temperatureTenthsKelvin.size() + 13 + tail.length;
  }

  /** Appends the block's wire bytes. */
  void writeTo(InfoWriter w) {
    w.u8(cellMillivolts.size());
    cellMillivolts.forEach(w::u16);
    w.u8(temperatureTenthsKelvin.size());
    temperatureTenthsKelvin.forEach(w::u16);
    w.u16(currentRaw).u16(packMillivolts).u16(remainingRaw).u8(userItems);
    w.u16(fullRaw).u16(cycles).bytes(tail);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AnalogBlock b
        && cellMillivolts.equals(b.cellMillivolts)
        && temperatureTenthsKelvin.equals(b.temperatureTenthsKelvin)
        && currentRaw == b.currentRaw
        && packMillivolts == b.packMillivolts
        && remainingRaw == b.remainingRaw
        && userItems == b.userItems
        && fullRaw == b.fullRaw
        && cycles == b.cycles
        && Arrays.equals(tail, b.tail);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        cellMillivolts,
        temperatureTenthsKelvin,
        currentRaw,
        packMillivolts,
        remainingRaw,
        userItems,
        fullRaw,
        cycles,
        Arrays.hashCode(tail));
  }

  @Override
  public String toString() {
    return "AnalogBlock[cells="
        + cellMillivolts
        + ", temperatures="
        + temperatureTenthsKelvin
        + ", current="
        + currentRaw
        + ", voltage="
        + packMillivolts
        + ", remaining="
        + remainingRaw
        + ", P="
        + userItems
        + ", full="
        + fullRaw
        + ", cycles="
        + cycles
        + ", tail="
        + Hex.of(tail)
        + "]";
  }
}
