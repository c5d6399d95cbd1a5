package io.solargw.sim.wire;

import io.solargw.sim.fault.FaultKind;
import java.util.Optional;

/**
 * Sees every answer a simulated bus actually put on the wire, with the fault (if any) that damaged
 * it. A soak test uses it to know exactly which values the devices served. Called on the bus's
 * event-loop thread: must not block.
 */
@FunctionalInterface
public interface WireTap {

  /** A tap that ignores everything. */
  WireTap NONE = (bus, device, request, answer, fault) -> {};

  /**
   * One answer written to a client.
   *
   * @param bus the bus name ({@code inverters}, {@code battery})
   * @param device the address of the answering device
   * @param request the request frame that was answered
   * @param answer the bytes written (damaged when {@code fault} says so)
   * @param fault the fault injected into this answer, if any
   */
  void served(String bus, int device, byte[] request, byte[] answer, Optional<FaultKind> fault);
}
