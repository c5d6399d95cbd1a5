package io.solargw.gateway.transport;

/**
 * Baud rate and character framing of a serial line.
 *
 * @param baud bits per second
 * @param dataBits 7 or 8
 * @param parity 'N', 'E' or 'O'
 * @param stopBits 1 or 2
 */
public record SerialSettings(int baud, int dataBits, char parity, int stopBits) {

  public SerialSettings {
    if (baud < 300 || baud > 4_000_000) {
      throw new IllegalArgumentException("baud must be in 300..4000000, got " + baud);
    }
    if (dataBits != 7 && dataBits != 8) {
      throw new IllegalArgumentException("dataBits must be 7 or 8, got " + dataBits);
    }
    if (parity != 'N' && parity != 'E' && parity != 'O') {
      throw new IllegalArgumentException("parity must be N, E or O, got " + parity);
    }
    if (stopBits != 1 && stopBits != 2) {
      throw new IllegalArgumentException("stopBits must be 1 or 2, got " + stopBits);
    }
  }

  /** 8 data bits, no parity, 1 stop bit at {@code baud}. */
  public static SerialSettings of8n1(int baud) {
    return new SerialSettings(baud, 8, 'N', 1);
  }

  /** Bits on the wire per byte: start + data + parity + stop. */
  public int bitsPerByte() {
    return 1 + dataBits + (parity == 'N' ? 0 : 1) + stopBits;
  }

  @Override
  public String toString() {
    return baud + " " + dataBits + parity + stopBits;
  }
}
