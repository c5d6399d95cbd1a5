package io.solargw.sim.clients;

import io.solargw.protocol.bms.BmsProtocolException;
import io.solargw.protocol.bms.pace.FrameCodec;
import io.solargw.protocol.bms.pace.Request;
import io.solargw.protocol.bms.pace.Response;
import io.solargw.protocol.bms.pace.ResponseDecoder;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Optional;

/** A PACE master over raw TCP built on protocol-bms's codec: what the gateway does. */
public final class PaceClient implements AutoCloseable {

  private final WireClient wire;

  public PaceClient(InetSocketAddress address) throws IOException {
    this.wire = new WireClient(address, 1000);
  }

  /** The raw answer (empty on timeout). */
  public byte[] raw(Request request) throws IOException {
    return wire.transact(request.encode(), b -> b[b.length - 1] == FrameCodec.EOI);
  }

  /** The decoded answer, or empty on timeout; a damaged or refused answer throws. */
  public Optional<Response> send(Request request) throws IOException, BmsProtocolException {
    byte[] bytes = raw(request);
    if (bytes.length == 0) {
      return Optional.empty();
    }
    return Optional.of(ResponseDecoder.decode(FrameCodec.decode(bytes), request));
  }

  @Override
  public void close() throws IOException {
    wire.close();
  }
}
