package io.solargw.gateway.commission;

/**
 * The battery manual's DIP-switch table: address N is switches #1..#4 as the binary digits of N.
 */
final class DipSwitch {

  private DipSwitch() {}

  /** "#1 ON, #2 OFF, #3 ON, #4 OFF" for address 5. */
  static String positions(int address) {
    StringBuilder sb = new StringBuilder();
    for (int bit = 0; bit < 4; bit++) {
      if (bit > 0) {
        sb.append(", ");
      }
      sb.append('#').append(bit + 1).append((address >> bit & 1) == 1 ? " ON" : " OFF");
    }
    return sb.toString();
  }
}
