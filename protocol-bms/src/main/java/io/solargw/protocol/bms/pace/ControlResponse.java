package io.solargw.protocol.bms.pace;

import io.solargw.protocol.bms.pace.internal.Hex;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Answer to 0x99 (control command) as PbmsTools captures show it: the sub-command echoed and the
 * updated control-state byte (bms.md §2.4; e.g. 0x0D enable buzzer -> {@code 0D 01}). The V3.1
 * document's empty answer decodes as {@link AckResponse}.
 *
 * @param header frame header
 * @param echo the sub-command echoed
 * @param controlState the control state after the command
 */
public record ControlResponse(ResponseHeader header, int echo, ControlState controlState)
    implements Response {

  /** Checks for nulls and the range. */
  public ControlResponse {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(controlState, "controlState");
    PaceRequests.check("echo", echo, 0, 0xFF);
  }

  @Override
  public Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    header.putInto(map);
    map.put("echo", Hex.byteText(echo));
    map.put("echo_name", ControlCommand.describe(echo));
    map.put("control_state", Hex.byteText(controlState.value()));
    map.putAll(controlState.toMap());
    return map;
  }
}
