package io.solargw.gateway.poll;

import io.solargw.gateway.bus.BusCounters;
import io.solargw.gateway.bus.FrameSearch;
import io.solargw.gateway.bus.ResponseFramer;
import io.solargw.protocol.bms.pace.ParseResult;
import io.solargw.protocol.bms.pace.StreamParser;

/**
 * Finds a PACE/Pylontech ASCII answer in received bytes with protocol-bms's stream parser: noise
 * and an echo of the request are skipped, a frame that fails its checks is skipped and counted by
 * reason (it is never decoded into values).
 */
public final class PaceFramer implements ResponseFramer {

  private final byte[] request;
  private final BusCounters counters;

  /**
   * The framer of the answer to {@code request}; invalid frames are counted in {@code counters}.
   */
  public PaceFramer(byte[] request, BusCounters counters) {
    this.request = request.clone();
    this.counters = counters;
  }

  @Override
  public FrameSearch search(byte[] buffer, int length) {
    StreamParser parser = new StreamParser();
    parser.expectResponseTo(request);
    parser.feed(buffer, 0, length);
    ParseResult r = parser.next();
    if (r instanceof ParseResult.FrameReceived f) {
      return new FrameSearch.Found(0, f.wire().length);
    }
    if (r instanceof ParseResult.Skipped s) {
      s.reason().ifPresent(reason -> counters.countError(reason.name()));
      return new FrameSearch.Skip(s.bytes().length, s.message());
    }
    return new FrameSearch.NeedMore();
  }
}
