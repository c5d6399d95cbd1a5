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

  /** Copies the map and checks addresses and values. */
  public RegisterImage {
    for (Map.Entry<Integer, Integer> e : words.entrySet()) {
      if (e.getKey() < 0 || e.getKey() > 0xFFFF) {
        throw new IllegalArgumentException("address must be 0x0000..0xFFFF, got " + e.getKey());
      }
      if (e.getValue() < 0 || e.getValue() > 0xFFFF) {
        throw new IllegalArgumentException(
            String.format("value at %04X must be 0..65535, got %d", e.getKey(), e.getValue()));
      }
    }
    words = Collections.unmodifiableSortedMap(new TreeMap<>(words));
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
    TreeMap<Integer, Integer> map = new TreeMap<>(words);
    for (int i = 0; i < values.size(); i++) {
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
