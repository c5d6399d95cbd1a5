package io.solargw.protocol.bms.pylon;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A frame this module has no layout for, kept whole so it is reported rather than dropped.
 *
 * <p>Any id outside bms.md section 6 (for example 0x307, for which no source was found), any
 * extended (29-bit) frame and any remote (RTR) frame decode to this.
 *
 * @param frame the frame as received
 */
public record UnknownCanMessage(CanFrame frame) implements PylonCanMessage {

  /** Requires the frame. */
  public UnknownCanMessage {
    Objects.requireNonNull(frame, "frame");
  }

  @Override
  public int canId() {
    return frame.id();
  }

  @Override
  public String kind() {
    return "unknown";
  }

  @Override
  public byte[] payload() {
    return frame.data();
  }

  @Override
  public CanFrame toFrame() {
    return frame;
  }

  @Override
  public Map<String, Object> jsonFields() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("extended", frame.extended());
    m.put("remote", frame.remote());
    m.put("dlc", frame.dlc());
    return m;
  }
}
