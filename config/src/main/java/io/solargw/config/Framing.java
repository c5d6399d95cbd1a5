package io.solargw.config;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serial character framing, written like {@code 8N1}: data bits 7 or 8, parity N (none), E (even)
 * or O (odd), stop bits 1 or 2. Both device families use 8N1 (inverter-modbus.md 2.1, bms.md 1.1).
 *
 * @param dataBits 7 or 8
 * @param parity none, even or odd
 * @param stopBits 1 or 2
 */
public record Framing(int dataBits, Parity parity, int stopBits) {

  /** 8 data bits, no parity, 1 stop bit: what the inverters and battery packs use. */
  public static final Framing DEFAULT = new Framing(8, Parity.NONE, 1);

  private static final Pattern FORM = Pattern.compile("([78])([NEO])([12])");

  /** Parity bit setting. */
  public enum Parity {
    /** No parity bit ({@code N}). */
    NONE('N'),
    /** Even parity ({@code E}). */
    EVEN('E'),
    /** Odd parity ({@code O}). */
    ODD('O');

    private final char letter;

    Parity(char letter) {
      this.letter = letter;
    }

    /** The letter in the {@code 8N1} notation. */
    public char letter() {
      return letter;
    }
  }

  /** Checks the bit counts. */
  public Framing {
    Objects.requireNonNull(parity, "parity");
    if (dataBits != 7 && dataBits != 8) {
      throw new IllegalArgumentException("dataBits must be 7 or 8, got " + dataBits);
    }
    if (stopBits != 1 && stopBits != 2) {
      throw new IllegalArgumentException("stopBits must be 1 or 2, got " + stopBits);
    }
  }

  /** Parses {@code 8N1}-style text (case-insensitive), or empty if it is not of that form. */
  public static Optional<Framing> parse(String text) {
    Matcher m = FORM.matcher(text.trim().toUpperCase(Locale.ROOT));
    if (!m.matches()) {
      return Optional.empty();
    }
    Parity parity =
        switch (m.group(2).charAt(0)) {
          case 'E' -> Parity.EVEN;
          case 'O' -> Parity.ODD;
          default -> Parity.NONE;
        };
    return Optional.of(
        new Framing(Integer.parseInt(m.group(1)), parity, Integer.parseInt(m.group(3))));
  }

  /** Bits on the wire per character: start bit, data bits, parity bit if any, stop bits. */
  public int bitsPerCharacter() {
    return 1 + dataBits + (parity == Parity.NONE ? 0 : 1) + stopBits;
  }

  /** The {@code 8N1} notation. */
  @Override
  public String toString() {
    return "" + dataBits + parity.letter + stopBits;
  }
}
