package io.solargw.config;

import io.solargw.config.internal.Require;

/**
 * A USB-CAN adapter speaking SLCAN (Lawicel ASCII) on a serial device. The CAN side runs at the
 * Pylontech rate of 500 kbit/s (bms.md 6.1); {@code baud} is the adapter's serial rate.
 *
 * @param device serial device path of the adapter
 * @param baud one of {@link SerialTransport#STANDARD_BAUD_RATES}; default {@value #DEFAULT_BAUD}
 */
public record SlcanTransport(String device, int baud) implements Transport {

  /** The usual serial rate of SLCAN adapters. */
  public static final int DEFAULT_BAUD = 115200;

  /** Checks the device text and that the rate is a standard one. */
  public SlcanTransport {
    Require.printable("device", device);
    if (!SerialTransport.STANDARD_BAUD_RATES.contains(baud)) {
      throw new IllegalArgumentException(
          "baud must be one of " + SerialTransport.STANDARD_BAUD_RATES + ", got " + baud);
    }
  }

  @Override
  public TransportKind kind() {
    return TransportKind.SLCAN;
  }

  @Override
  public String describe() {
    return device;
  }
}
