package io.solargw.protocol.inverter.decode;

import io.solargw.protocol.inverter.rtu.ReadResponse;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Register values read from one device: address → 16-bit word. Built from read responses or from
 * blocks of words; later blocks overwrite earlier ones.
 *
 * @param words address 0x0000..0xFFFF → value 0..65535
 */
public record RegisterImage(SortedMap<Integer, Integer> words) {

  /**
   * Copies the map and checks addresses and values; a map built by {@link #with} is already a
   * checked private copy and is taken as it is (a poll merges about ten blocks per cycle: one copy
   * each, not two, and no second check of every register).
   */
  public RegisterImage {
    if (!(words instanceof Checked)) {
      for (Map.Entry<Integer, Integer> e : words.entrySet()) {
        checkAddress(e.getKey());
        checkValue(e.getKey(), e.getValue());
      }
      words = new Checked(words);
    }
    words = Collections.unmodifiableSortedMap(words);
  }

  /** A private, already checked copy: only {@link #with} and the constructor make one. */
  private static final class Checked extends TreeMap<Integer, Integer> {
    private static final long serialVersionUID = 1L;

    Checked(SortedMap<Integer, Integer> words) {
      super(words);
    }
  }

  private static void checkAddress(int address) {
    if (address < 0 || address > 0xFFFF) {
      throw new IllegalArgumentException("address must be 0x0000..0xFFFF, got " + address);
    }
  }

  private static void checkValue(int address, int value) {
    if (value < 0 || value > 0xFFFF) {
      throw new IllegalArgumentException(
          String.format("value at %04X must be 0..65535, got %d", address, value));
    }
  }

  /** No registers. */
  public static RegisterImage empty() {
    return new RegisterImage(new TreeMap<>());
  }

  /** The block {@code values} starting at {@code start}. */
  public static RegisterImage of(int start, List<Integer> values) {
    return empty().with(start, values);
  }

  /** The registers of read responses, in order. */
  public static RegisterImage of(List<ReadResponse> responses) {
    RegisterImage image = empty();
    for (ReadResponse r : responses) {
      image = image.with(r.startAddress(), r.registers());
    }
    return image;
  }

  /** A copy with the block {@code values} at {@code start} added (overwriting). */
  public RegisterImage with(int start, List<Integer> values) {
    if (start < 0 || start + values.size() - 1 > 0xFFFF) {
      throw new IllegalArgumentException(
          "block " + start + "+" + values.size() + " runs past 0xFFFF");
    }
    Checked map = new Checked(words);
    for (int i = 0; i < values.size(); i++) {
      checkValue(start + i, values.get(i));
      map.put(start + i, values.get(i));
    }
    return new RegisterImage(map);
  }

  /** The word at {@code address}, if read. */
  public Optional<Integer> get(int address) {
    return Optional.ofNullable(words.get(address));
  }

  /** The words {@code start..start+count-1}, or empty unless all were read. */
  public Optional<int[]> block(int start, int count) {
    int[] out = new int[count];
    for (int i = 0; i < count; i++) {
      Integer w = words.get(start + i);
      if (w == null) {
        return Optional.empty();
      }
      out[i] = w;
    }
    return Optional.of(out);
  }
}
