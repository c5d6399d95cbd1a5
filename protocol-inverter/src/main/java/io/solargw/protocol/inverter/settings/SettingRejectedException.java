package io.solargw.protocol.inverter.settings;

import java.util.List;

/**
 * A setting write was refused before reaching the wire: the value is out of range, off the step
 * grid, not an option, the setting is read-only, or a dependency rule is violated. The message
 * quotes the allowed range, step or options, or the rule and the other setting's current value.
 */
public final class SettingRejectedException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient List<String> problems;

  /**
   * @param problems one sentence each, at least one
   */
  public SettingRejectedException(List<String> problems) {
    super(String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  /** Every reason the write was refused. */
  public List<String> problems() {
    return problems;
  }
}
