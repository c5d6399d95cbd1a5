package io.solargw.gateway.commission;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What one battery address said when read once on its own.
 *
 * @param address the DIP-switch address asked (1..15)
 * @param answer answered, silent, or garbled (several packs on one address collide on the line)
 * @param values the pack's analog block, plus {@code alarm} (the alarm block) and {@code identity}
 *     ({@code software_version}, {@code product}, {@code pack_count}) when read; empty unless
 *     answered
 * @param problem what went wrong, for a silent or garbled address
 */
public record PackProbe(
    int address, Answer answer, Map<String, Object> values, Optional<String> problem) {

  /** How an address answered. */
  public enum Answer {
    /** A valid frame came back. */
    ANSWERED,
    /** Nothing came back within the timeout. */
    SILENT,
    /** Bytes came back that are not a valid frame: two packs answering at once. */
    GARBLED
  }

  public PackProbe {
    if (address < 1 || address > 15) {
      throw new IllegalArgumentException("address must be in 1..15, got " + address);
    }
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }
}
