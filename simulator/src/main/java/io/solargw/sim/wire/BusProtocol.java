package io.solargw.sim.wire;

import java.util.Optional;

/**
 * What a simulated bus needs to know about its protocol: how to find request frames in a byte
 * stream, how the addressed device answers, and how to damage an answer in protocol-aware ways for
 * fault injection.
 */
public interface BusProtocol {

  /** Finds the first request frame in {@code buffer[0..length)}. Never throws. */
  FrameScan scan(byte[] buffer, int length);

  /**
   * The answer of the addressed device, or empty when no device answers (wrong address, bad
   * checksum: a real device stays silent).
   */
  Optional<Answer> answer(byte[] request);

  /** A valid-looking copy of {@code answer} that claims to come from another address. */
  byte[] readdress(byte[] answer);

  /** A copy of {@code answer} whose checksum field is wrong but everything else intact. */
  byte[] breakChecksum(byte[] answer);

  /**
   * A device's answer.
   *
   * @param bytes the frame to send
   * @param device the answering device's address (fault injection is per device)
   */
  record Answer(byte[] bytes, int device) {
    public Answer {
      bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
      return bytes.clone();
    }
  }
}
