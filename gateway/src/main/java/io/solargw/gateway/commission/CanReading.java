package io.solargw.gateway.commission;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the rack's CAN side said while the commissioning listened.
 *
 * @param source where the frames came from, e.g. {@code slcan /dev/ttyACM0 115200 8N1}
 * @param values the latest decoded fields of 0x351, 0x355, 0x356, 0x359 and 0x35C, flat, with the
 *     names of {@code PylonCanJson} ({@code charge_voltage_V}, {@code soc_pct}, {@code voltage_V},
 *     {@code module_count}, ...)
 * @param idsSeen the battery ids that arrived, e.g. {@code 0x351}, ascending
 * @param frames frames received (0 when not counted, as on the live page)
 * @param badLines input that was not a frame (counted, skipped)
 * @param problem why nothing could be read (the source did not open), or empty
 */
public record CanReading(
    String source,
    Map<String, Object> values,
    List<String> idsSeen,
    int frames,
    int badLines,
    Optional<String> problem) {

  public CanReading {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    idsSeen = List.copyOf(idsSeen);
  }

  /** A source that could not be read at all. */
  public static CanReading failed(String source, String problem) {
    return new CanReading(source, Map.of(), List.of(), 0, 0, Optional.of(problem));
  }
}
