package io.solargw.mqtt;

/**
 * What the Home Assistant device registry shows about a device; empty strings mean unknown and are
 * left out of the discovery payload.
 *
 * @param manufacturer e.g. {@code SRNE}
 * @param model e.g. {@code HYP4850U100-H}
 * @param serialNumber as the device reports it
 * @param firmware software version as the device reports it
 */
public record DeviceInfo(String manufacturer, String model, String serialNumber, String firmware) {

  /** Nothing known. */
  public static final DeviceInfo UNKNOWN = new DeviceInfo("", "", "", "");

  /** Replaces null by empty. */
  public DeviceInfo {
    manufacturer = manufacturer == null ? "" : manufacturer;
    model = model == null ? "" : model;
    serialNumber = serialNumber == null ? "" : serialNumber;
    firmware = firmware == null ? "" : firmware;
  }
}
