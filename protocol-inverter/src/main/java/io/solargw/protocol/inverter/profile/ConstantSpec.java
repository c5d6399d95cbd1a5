package io.solargw.protocol.inverter.profile;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A page value that no register provides (e.g. rated power, PV current level; protocol doc 3.1):
 * either given in the profile, or not available with the reason.
 *
 * @param name JSON name with unit suffix
 * @param value the value if the profile states it
 * @param unit unit word
 * @param reason why it is not available (used when value is empty) or where the value comes from
 * @param pages LCD page placements
 */
public record ConstantSpec(
    String name,
    Optional<BigDecimal> value,
    String unit,
    String reason,
    List<PagePlacement> pages) {

  /** Copies the pages. */
  public ConstantSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(reason, "reason");
    pages = List.copyOf(pages);
  }
}
