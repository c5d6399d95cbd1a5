package io.solargw.sim.wire;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A toy protocol for testing the bus machinery: a request is {@code <digit address><text>\n}; the
 * device with that address (1..5) answers {@code <address>OK:<text>\n}; others stay silent.
 */
final class LineProtocol implements BusProtocol {

  @Override
  public FrameScan scan(byte[] buffer, int length) {
    if (buffer[0] < '0' || buffer[0] > '9') {
      return new FrameScan.Skip(1, "not an address digit");
    }
    for (int i = 0; i < length; i++) {
      if (buffer[i] == '\n') {
        return new FrameScan.Found(0, i + 1);
      }
    }
    return new FrameScan.NeedMore();
  }

  @Override
  public Optional<Answer> answer(byte[] request) {
    int address = request[0] - '0';
    if (address < 1 || address > 5) {
      return Optional.empty();
    }
    String text = new String(request, 1, request.length - 2, StandardCharsets.US_ASCII);
    return Optional.of(
        new Answer((address + "OK:" + text + "\n").getBytes(StandardCharsets.US_ASCII), address));
  }

  @Override
  public byte[] readdress(byte[] answer) {
    byte[] b = answer.clone();
    b[0] = '9';
    return b;
  }

  @Override
  public byte[] breakChecksum(byte[] answer) {
    byte[] b = answer.clone();
    b[1] = 'X';
    return b;
  }
}
