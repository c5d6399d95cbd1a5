package io.solargw.protocol.bms.pace;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The PACE control-state byte: which protective functions are switched on (bms.md §4.3.4, [PACE18
 * A.22], [PACE31 A.20]). Bits 5 and 4 are "1 = disabled", confirmed by the PbmsTools 0x99 answers
 * (§2.4); bits 7, 6, 2, 1 exist only in V3.1 (bits 2/1 "DFET/CFET function", meaning UNCERTAIN).
 *
 * @param value the byte, 0..255
 */
public record ControlState(int value) {

  /** Checks the range. */
  public ControlState {
    PaceRequests.check("value", value, 0, 0xFF);
  }

  private boolean bit(int n) {
    return (value >> n & 1) == 1;
  }

  /** Bit 0: buzzer alarm function enabled. */
  public boolean buzzerEnabled() {
    return bit(0);
  }

  /** Bit 5 clear: LED alarm function enabled. */
  public boolean ledAlarmEnabled() {
    return !bit(5);
  }

  /** Bit 4 clear: charge current-limit function enabled. */
  public boolean currentLimitEnabled() {
    return !bit(4);
  }

  /** Bit 3: current-limit gear, "low" when set, else "high". */
  public String currentLimitGear() {
    return bit(3) ? "low" : "high";
  }

  /** Ordered JSON fields. */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("buzzer_enabled", buzzerEnabled());
    m.put("led_alarm_enabled", ledAlarmEnabled());
    m.put("current_limit_enabled", currentLimitEnabled());
    m.put("current_limit_gear", currentLimitGear());
    m.put("dfet_function", bit(2));
    m.put("cfet_function", bit(1));
    m.put("system_lock_enabled", bit(6));
    m.put("test_mode", bit(7));
    return m;
  }
}
