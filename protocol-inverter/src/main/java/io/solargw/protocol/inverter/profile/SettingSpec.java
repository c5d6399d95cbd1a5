package io.solargw.protocol.inverter.profile;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One of the manual's settings (seed section 4.2, items [1]..[50]) with its register (protocol doc
 * 4.1), encoding and write rules ({@code settings:} section of a profile).
 *
 * @param number the manual's item number, 1..50
 * @param code three-letter LCD code, e.g. {@code WFM}
 * @param name JSON name of the read-back (unit suffix when it has a unit), e.g. {@code
 *     output_priority}
 * @param label the manual's caption
 * @param unit unit word or empty
 * @param register holding register, empty when none is known (then read-only and unreadable)
 * @param confidence how sure the register mapping is
 * @param domain accepted values
 * @param scale register encoding: value = raw × scale (battery-voltage settings per 12 V block)
 * @param writable whether the gateway may write it
 * @param poll poll group of the read-back
 * @param requires conditions for writing
 * @param pages LCD page placements of the read-back
 * @param note manual errors, alternatives and sources (documentation)
 */
public record SettingSpec(
    int number,
    String code,
    String name,
    String label,
    String unit,
    Optional<Integer> register,
    Confidence confidence,
    SettingDomain domain,
    Scale scale,
    boolean writable,
    PollGroup poll,
    List<DependencyRule> requires,
    List<PagePlacement> pages,
    String note) {

  /** Copies the lists and checks required fields. */
  public SettingSpec {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(register, "register");
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(scale, "scale");
    requires = List.copyOf(requires);
    pages = List.copyOf(pages);
  }

  /** {@code [2] WFM} — how messages name the setting. */
  public String title() {
    return "[" + number + "] " + code;
  }
}
