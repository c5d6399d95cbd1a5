package io.solargw.mqtt;

/** What a device is; decides its default icon, its place in the device tree and fan-out targets. */
public enum DeviceKind {
  /** One inverter unit of the stack ({@code inverter-1} .. {@code inverter-9}). */
  INVERTER("inverter"),
  /** The stack aggregate: sums and the common settings of every unit ({@code inverter-stack}). */
  INVERTER_STACK("inverter_stack"),
  /** One battery pack of the rack ({@code pack-1} .. {@code pack-15}). */
  BATTERY_PACK("battery_pack"),
  /** The rack aggregate ({@code battery-rack}). */
  BATTERY_RACK("battery_rack"),
  /** The gateway itself ({@code gateway}): bus statistics, version. */
  GATEWAY("gateway");

  private final String jsonName;

  DeviceKind(String jsonName) {
    this.jsonName = jsonName;
  }

  /** The spelling in JSON payloads, e.g. {@code battery_pack}. */
  public String jsonName() {
    return jsonName;
  }
}
