package io.solargw.config;

import io.solargw.config.internal.Require;
import java.util.List;
import java.util.Objects;

/**
 * A local serial device carrying RS485: a USB-RS485 dongle or an on-board UART.
 *
 * @param device the device path as configured, e.g. {@code /dev/serial/by-id/usb-FTDI_...}
 *     (recommended: it survives re-plugging) or {@code /dev/ttyUSB0}
 * @param baud one of {@link #STANDARD_BAUD_RATES}; default 9600, the rate the inverters and PACE
 *     packs use (inverter-modbus.md 2.1, bms.md 1.1)
 * @param framing character framing; default 8N1
 */
public record SerialTransport(String device, int baud, Framing framing) implements Transport {

  /** The baud rate when none is configured. */
  public static final int DEFAULT_BAUD = 9600;

  /** The rates USB-serial adapters and the OS drivers accept everywhere. */
  public static final List<Integer> STANDARD_BAUD_RATES =
      List.of(
          1200, 2400, 4800, 9600, 14400, 19200, 38400, 57600, 115200, 230400, 460800, 921600,
          1000000, 2000000);

  /** Checks the device text and that the rate is a standard one. */
  public SerialTransport {
    Require.printable("device", device);
    Objects.requireNonNull(framing, "framing");
    if (!STANDARD_BAUD_RATES.contains(baud)) {
      throw new IllegalArgumentException(
          "baud must be one of " + STANDARD_BAUD_RATES + ", got " + baud);
    }
  }

  @Override
  public TransportKind kind() {
    return TransportKind.SERIAL;
  }

  @Override
  public String describe() {
    return device;
  }
}
