package io.solargw.protocol.inverter.profile;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One named value of the register map ({@code points:} section of a profile).
 *
 * @param name JSON name with the unit as suffix, e.g. {@code battery_voltage_V}
 * @param address first register
 * @param length registers spanned (fits {@link PointType})
 * @param type how the registers are decoded
 * @param scale factor for numeric types ({@link Scale#ONE} otherwise)
 * @param unit unit word (the name's suffix) or empty
 * @param wordOrder order of 32-bit words
 * @param enumTable table name for {@code enum} points, else empty
 * @param bits bit number → name for {@code bitfield} points
 * @param sentinels this point's "unsupported" words; empty optional = the area's rules apply
 * @param convention sign convention applied after scaling
 * @param hints Home Assistant hints
 * @param pages LCD page placements (usually zero or one)
 * @param poll poll group
 * @param kind measurement or setting read-back
 * @param note source or remark (documentation only)
 */
public record PointSpec(
    String name,
    int address,
    int length,
    PointType type,
    Scale scale,
    String unit,
    WordOrder wordOrder,
    String enumTable,
    Map<Integer, String> bits,
    Optional<Set<Integer>> sentinels,
    PointConvention convention,
    HomeAssistantHints hints,
    List<PagePlacement> pages,
    PollGroup poll,
    PointKind kind,
    String note) {

  /** Copies collections and checks the register span. */
  public PointSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    if (address < 0 || address + length - 1 > 0xFFFF || length < 1) {
      throw new IllegalArgumentException(
          "point "
              + name
              + ": registers must lie in 0x0000..0xFFFF, got "
              + address
              + "+"
              + length);
    }
    bits = Map.copyOf(bits);
    pages = List.copyOf(pages);
    sentinels = sentinels.map(Set::copyOf);
  }

  /** Last register of the point. */
  public int end() {
    return address + length - 1;
  }
}
