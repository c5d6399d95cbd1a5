package io.solargw.gateway.badinput;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Random;

/**
 * Seeded damage to one answer on the wire: what a noisy RS485 line, a bad converter or a confused
 * device does to a frame. Every kind keeps at least one byte of damage, so a mutated answer is
 * never the original.
 */
final class ByteMutator {

  /** The kinds of damage, each chosen with equal probability. */
  enum Kind {
    BIT_FLIP,
    TRUNCATE,
    DUPLICATE_SLICE,
    FRAME_TWICE_DAMAGED,
    GARBAGE_BEFORE,
    GARBAGE_INSIDE,
    RANDOM_BYTES,
    DROP_BYTE,
    HEADER_ONLY
  }

  private final Random random;

  ByteMutator(Random random) {
    this.random = random;
  }

  /** {@code frame} damaged by one random kind. */
  byte[] mutate(byte[] frame) {
    Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
    return mutate(frame, kind);
  }

  /** {@code frame} damaged by {@code kind}. */
  byte[] mutate(byte[] frame, Kind kind) {
    if (frame.length < 2) {
      return garbage(1 + random.nextInt(8));
    }
    byte[] out = frame.clone();
    switch (kind) {
      case BIT_FLIP -> {
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
          int at = random.nextInt(out.length);
          out[at] ^= (byte) (1 << random.nextInt(8));
        }
        return Arrays.equals(out, frame) ? flipOne(out) : out;
      }
      case TRUNCATE -> {
        return Arrays.copyOf(out, 1 + random.nextInt(out.length - 1));
      }
      case DUPLICATE_SLICE -> {
        int from = random.nextInt(out.length - 1);
        int to = from + 1 + random.nextInt(Math.min(8, out.length - from - 1) + 1);
        return concat(
            Arrays.copyOf(out, to),
            Arrays.copyOfRange(out, from, to),
            Arrays.copyOfRange(out, to, out.length));
      }
      case FRAME_TWICE_DAMAGED -> {
        return concat(flipOne(out.clone()), flipOne(out.clone()));
      }
      case GARBAGE_BEFORE -> {
        return concat(garbage(1 + random.nextInt(40)), flipOne(out));
      }
      case GARBAGE_INSIDE -> {
        int at = 1 + random.nextInt(out.length - 1);
        return concat(
            Arrays.copyOf(out, at),
            garbage(1 + random.nextInt(16)),
            Arrays.copyOfRange(out, at, out.length));
      }
      case RANDOM_BYTES -> {
        return garbage(1 + random.nextInt(2 * out.length));
      }
      case DROP_BYTE -> {
        int at = random.nextInt(out.length);
        return concat(Arrays.copyOf(out, at), Arrays.copyOfRange(out, at + 1, out.length));
      }
      default -> {
        return Arrays.copyOf(out, Math.min(out.length - 1, 3));
      }
    }
  }

  /** {@code n} random bytes. */
  byte[] garbage(int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }

  private byte[] flipOne(byte[] b) {
    b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
    return b;
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
