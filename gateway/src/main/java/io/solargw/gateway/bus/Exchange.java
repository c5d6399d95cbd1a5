package io.solargw.gateway.bus;

import java.util.HexFormat;

/** The outcome of one request/response transaction on a bus. */
public sealed interface Exchange {

  /**
   * A complete answer frame arrived.
   *
   * @param frame the frame's bytes
   * @param skippedBytes noise or echo dropped before it
   * @param elapsedNanos from writing the request to the end of the answer
   */
  record Answer(byte[] frame, int skippedBytes, long elapsedNanos) implements Exchange {
    public Answer {
      frame = frame.clone();
    }

    @Override
    public byte[] frame() {
      return frame.clone();
    }

    @Override
    public String toString() {
      return "Answer[" + HexFormat.of().formatHex(frame) + ", skipped " + skippedBytes + "]";
    }
  }

  /**
   * No complete answer within the timeout.
   *
   * @param received bytes that did arrive (a truncated answer), possibly none
   */
  record Timeout(byte[] received) implements Exchange {
    public Timeout {
      received = received.clone();
    }

    @Override
    public byte[] received() {
      return received.clone();
    }

    @Override
    public String toString() {
      return "Timeout[received " + received.length + " bytes]";
    }
  }
}
