package io.solargw.protocol.bms.pace;

import io.solargw.protocol.bms.pace.internal.Hex;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Answer to 0x9A/0x9B (charge/discharge MOSFET control): one byte, the instruction (indication)
 * state after the command (bms.md §2.4, [PACE31 §4.11-4.12]; captures 0x26, 0x24, 0x04).
 *
 * @param header frame header
 * @param value the instruction-state byte
 */
public record IndicationResponse(ResponseHeader header, int value) implements Response {

  /** Checks for nulls and the range. */
  public IndicationResponse {
    Objects.requireNonNull(header, "header");
    PaceRequests.check("value", value, 0, 0xFF);
  }

  @Override
  public Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    header.putInto(map);
    map.put("info", Hex.byteText(value));
    map.put(
        "status",
        AlarmFlag.set(AlarmFlag.State.INSTRUCTION, value).stream()
            .map(AlarmFlag::description)
            .toList());
    return map;
  }
}
