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
    HEADER_ONLY,
    /** Modbus TCP: another transaction id in the MBAP header. */
    MBAP_TRANSACTION_ID,
    /** Modbus TCP: another unit id. */
    MBAP_UNIT_ID,
    /** Modbus TCP: another function code. */
    MBAP_FUNCTION,
    /** Modbus TCP: the last register left out, with length and byte count that agree. */
    MBAP_SHORT_COUNT;

    /** Damage a frame with a checksum (RTU CRC, PACE CHKSUM) must be caught by. */
    static final java.util.List<Kind> FRAMED =
        java.util.List.of(
            BIT_FLIP,
            TRUNCATE,
            DUPLICATE_SLICE,
            FRAME_TWICE_DAMAGED,
            GARBAGE_BEFORE,
            GARBAGE_INSIDE,
            RANDOM_BYTES,
            DROP_BYTE,
            HEADER_ONLY);

    /**
     * Damage to SLCAN text lines that their syntax (the DLC against the data digits) must catch.
     * SLCAN has no checksum, so a flipped hex digit is another valid frame: out of scope.
     */
    static final java.util.List<Kind> LINES =
        java.util.List.of(
            TRUNCATE,
            DUPLICATE_SLICE,
            GARBAGE_BEFORE,
            GARBAGE_INSIDE,
            RANDOM_BYTES,
            DROP_BYTE,
            HEADER_ONLY);

    /**
     * Damage a Modbus TCP answer can be recognised by. Modbus TCP has no checksum (TCP guarantees
     * the stream), so flipped or inserted bytes inside the register data are out of scope.
     */
    static final java.util.List<Kind> MBAP =
        java.util.List.of(
            TRUNCATE,
            GARBAGE_BEFORE,
            RANDOM_BYTES,
            HEADER_ONLY,
            MBAP_TRANSACTION_ID,
            MBAP_UNIT_ID,
            MBAP_FUNCTION,
            MBAP_SHORT_COUNT);
  }

  private final Random random;

  ByteMutator(Random random) {
    this.random = random;
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
        return concat(garbage(1 + random.nextInt(40)), out);
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
      case HEADER_ONLY -> {
        return Arrays.copyOf(out, Math.min(out.length - 1, 3));
      }
      default -> {
        return mbap(out, kind);
      }
    }
  }

  /** MBAP: transaction id 0-1, protocol 2-3, length 4-5, unit 6, function 7, byte count 8. */
  private byte[] mbap(byte[] out, Kind kind) {
    if (out.length < 9) {
      return flipOne(out);
    }
    switch (kind) {
      case MBAP_TRANSACTION_ID -> out[1] ^= (byte) (1 + random.nextInt(255));
      case MBAP_UNIT_ID -> out[6] ^= (byte) (1 + random.nextInt(255));
      case MBAP_FUNCTION -> out[7] ^= (byte) (1 + random.nextInt(0x7F));
      default -> {
        if ((out[7] & 0x80) != 0 || out.length < 11) {
          return Arrays.copyOf(out, out.length - 1);
        }
        byte[] shorter = Arrays.copyOf(out, out.length - 2);
        shorter[5] -= 2;
        shorter[8] -= 2;
        return shorter;
      }
    }
    return out;
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
