package io.solargw.protocol.inverter.decode;

import io.solargw.protocol.inverter.codes.ActiveCode;
import io.solargw.protocol.inverter.profile.EnumOption;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A decoded value: exact decimal, text, enum choice, flags, codes, or unavailable with the reason.
 */
public sealed interface PointValue {

  /**
   * A scaled number, exact (26.3, not float noise).
   *
   * @param value the value in the point's unit
   */
  record Decimal(BigDecimal value) implements PointValue {
    /** Requires a value. */
    public Decimal {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * Text: ASCII strings, versions ({@code 6.63}), ISO date-times.
   *
   * @param text the text
   */
  record Text(String text) implements PointValue {
    /** Requires a text. */
    public Text {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * An enum register: the raw number always, the table's option when the number is in the table.
   *
   * @param raw register value
   * @param option the table entry, empty for a number the table does not know
   */
  record Choice(int raw, Optional<EnumOption> option) implements PointValue {
    /** Requires the optional. */
    public Choice {
      Objects.requireNonNull(option, "option");
    }
  }

  /**
   * A bitfield: the raw words and the named bits.
   *
   * @param words register words in address order
   * @param bits bit name → set
   */
  record Flags(List<Integer> words, Map<String, Boolean> bits) implements PointValue {
    /** Copies the collections (bit order kept). */
    public Flags {
      words = List.copyOf(words);
      bits = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(bits));
    }
  }

  /**
   * Raw fault/alarm code slots (0 = empty).
   *
   * @param codes one per register
   */
  record Codes(List<Integer> codes) implements PointValue {
    /** Copies the list. */
    public Codes {
      codes = List.copyOf(codes);
    }
  }

  /**
   * Active codes translated through the code table (pages 14 and 15).
   *
   * @param codes in slot order
   */
  record Active(List<ActiveCode> codes) implements PointValue {
    /** Copies the list. */
    public Active {
      codes = List.copyOf(codes);
    }
  }

  /**
   * No value, and why: a sentinel, an invalid date, unknown system voltage, not in the map.
   *
   * @param reason one sentence
   */
  record Unavailable(String reason) implements PointValue {
    /** Requires a reason. */
    public Unavailable {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
