package io.solargw.gateway.bus;

/**
 * Finds the answer frame in received bytes. Implemented per protocol from the protocol module's
 * stream scanner; never throws for byte content.
 */
@FunctionalInterface
public interface ResponseFramer {

  /** Examines {@code buffer[0..length)}. */
  FrameSearch search(byte[] buffer, int length);
}
