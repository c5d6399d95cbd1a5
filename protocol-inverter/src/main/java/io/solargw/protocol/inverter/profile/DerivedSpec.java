package io.solargw.protocol.inverter.profile;

import java.util.List;
import java.util.Objects;

/**
 * A value computed from decimal points ({@code derived:} section), e.g. battery power = V × I.
 *
 * @param name JSON name with unit suffix
 * @param formula the computation
 * @param inputs names of points or earlier derived values, as many as the formula takes
 * @param unit unit word
 * @param hints Home Assistant hints
 * @param pages LCD page placements
 * @param note remark (documentation only)
 */
public record DerivedSpec(
    String name,
    DerivedFormula formula,
    List<String> inputs,
    String unit,
    HomeAssistantHints hints,
    List<PagePlacement> pages,
    String note) {

  /** Copies the lists. */
  public DerivedSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(formula, "formula");
    inputs = List.copyOf(inputs);
    pages = List.copyOf(pages);
  }
}
