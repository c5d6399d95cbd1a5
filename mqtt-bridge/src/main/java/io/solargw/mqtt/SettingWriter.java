package io.solargw.mqtt;

/**
 * The runtime's side of settings writes: the bridge parses, allowlists and rate-limits MQTT
 * commands, then calls {@link #validate} and, only when that says ok, {@link #write}. Both run on
 * the bridge's single command thread, so writes never overlap.
 */
public interface SettingWriter {

  /**
   * Checks a command against the device's settings table and current state, without touching the
   * bus.
   *
   * @param deviceId the target unit, e.g. {@code inverter-2} (never the stack: the bridge fans out)
   * @param code the setting code, e.g. {@code WFM}
   * @param value the parsed value, already within the {@link SettingInput}'s range or options
   */
  SettingCheck validate(String deviceId, String code, SettingValue value);

  /**
   * Writes the setting on the bus and reads it back.
   *
   * @param deviceId the target unit
   * @param code the setting code
   * @param value the value {@link #validate} accepted
   */
  WriteResult write(String deviceId, String code, SettingValue value);
}
