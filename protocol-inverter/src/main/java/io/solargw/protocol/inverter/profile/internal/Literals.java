package io.solargw.protocol.inverter.profile.internal;

import java.math.BigDecimal;
import java.util.Optional;

/** Parses scalar texts: integers (decimal or {@code 0x} hex) and exact decimals. */
final class Literals {

  private Literals() {}

  /** {@code 0x0101}, {@code 257} or {@code -3}; empty if not an integer. */
  static Optional<Long> integer(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip().replace("_", "");
    try {
      if (t.startsWith("0x") || t.startsWith("0X")) {
        return Optional.of(Long.parseLong(t.substring(2), 16));
      }
      return Optional.of(Long.parseLong(t));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** An exact decimal such as {@code 0.1} or {@code 57.6}; empty if not a number. */
  static Optional<BigDecimal> decimal(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Optional<Long> asInt = integer(text);
    if (asInt.isPresent()) {
      return Optional.of(BigDecimal.valueOf(asInt.get()));
    }
    try {
      return Optional.of(new BigDecimal(text.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** {@code 0x0101} for messages. */
  static String hex(long address) {
    return String.format("0x%04X", address);
  }
}
