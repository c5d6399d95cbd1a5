package io.solargw.protocol.bms.pylon;

import io.solargw.protocol.bms.BmsProtocolException;
import java.util.Optional;

/**
 * Decodes CAN frames into {@link PylonCanMessage}s and encodes them back (bms.md section 6).
 *
 * <p>Standard data frames with a {@link PylonCanId} are decoded by their documented layout; every
 * other frame (unknown id, extended id, remote frame) becomes an {@link UnknownCanMessage} so it is
 * reported, never dropped. The only error is a known id with too few data bytes.
 */
public final class PylonCanCodec {

  private PylonCanCodec() {}

  /**
   * Decodes one frame.
   *
   * @throws BmsProtocolException reason {@code LENGTH} when a known id carries fewer data bytes
   *     than its layout; the message names the id, the bytes needed and the DLC
   */
  public static PylonCanMessage decode(CanFrame frame) throws BmsProtocolException {
    if (frame.extended() || frame.remote()) {
      return new UnknownCanMessage(frame);
    }
    Optional<PylonCanId> id = PylonCanId.of(frame.id());
    if (id.isEmpty()) {
      return new UnknownCanMessage(frame);
    }
    return id.get().decode(frame);
  }

  /** The frame that carries {@code message}: {@code decode(encode(m))} equals {@code m}. */
  public static CanFrame encode(PylonCanMessage message) {
    return message.toFrame();
  }
}
