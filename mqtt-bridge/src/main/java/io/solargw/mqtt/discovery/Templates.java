package io.solargw.mqtt.discovery;

/**
 * The Jinja {@code value_template}s that read one field of the state JSON. Keys are written as
 * {@code value_json['key']} so that any key allowed by {@code DeviceState.KEY} works.
 */
final class Templates {

  private Templates() {}

  /** {@code {{ value_json['key'] }}}. */
  static String field(String key) {
    return "{{ " + ref(key) + " }}";
  }

  /** One element (0-based) of a list field. */
  static String element(String key, int index) {
    return "{{ " + ref(key) + "[" + index + "] }}";
  }

  /** {@code ON} when a boolean field is true. */
  static String flag(String key) {
    return "{{ 'ON' if " + ref(key) + " else 'OFF' }}";
  }

  /** {@code ON} when a list of codes is not empty. */
  static String anyCode(String key) {
    return "{{ 'ON' if " + ref(key) + " | length > 0 else 'OFF' }}";
  }

  /**
   * The texts of the active codes joined by {@code ; }, cut to Home Assistant's 255-character state
   * limit; {@code none} when no code is active.
   */
  static String codeTexts(String key) {
    return "{{ (" + ref(key) + " | map(attribute='text') | join('; '))[:255] or 'none' }}";
  }

  /** The whole list of codes as the {@code codes} attribute. */
  static String codeAttributes(String key) {
    return "{{ {'codes': " + ref(key) + "} | tojson }}";
  }

  /** {@code ON} when a setting field reads as on (true, 1, ON, enabled). */
  static String settingOn(String key) {
    return "{{ 'ON' if "
        + ref(key)
        + " in [true, 1, 'ON', 'on', 'enable', 'enabled'] else 'OFF' }}";
  }

  private static String ref(String key) {
    return "value_json['" + key + "']";
  }
}
