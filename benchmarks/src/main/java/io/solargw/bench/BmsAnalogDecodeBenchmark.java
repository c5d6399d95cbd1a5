package io.solargw.bench;

import io.solargw.protocol.bms.BmsProtocolException;
import io.solargw.protocol.bms.pace.AnalogBlock;
import io.solargw.protocol.bms.pace.AnalogResponse;
import io.solargw.protocol.bms.pace.FrameCodec;
import io.solargw.protocol.bms.pace.PaceRequests;
import io.solargw.protocol.bms.pace.PackAddressing;
import io.solargw.protocol.bms.pace.Request;
import io.solargw.protocol.bms.pace.Response;
import io.solargw.protocol.bms.pace.ResponseDecoder;
import io.solargw.protocol.bms.pace.ResponseHeader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Frames per second of the PACE analog (0x42) decode, wire bytes to {@link AnalogResponse}: frame
 * checks (LCHKSUM, CHKSUM), hex, block layout and fields. One pack: capture V2 (16 cells, 6
 * sensors, 140 characters). Fifteen packs: an all-packs answer of 15 blocks shaped like capture V3
 * (variant B', P = 9), 2212 characters, the largest answer of a full rack (bms.md §5.7).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BmsAnalogDecodeBenchmark {

  private static final String V2 =
      "~25014600F07A0001100CC70CC80CC70CC70CC70CC50CC60CC70CC70CC60CC70CC60CC60CC70CC60CC7060B9B"
          + "0B990B990B990BB30BBCFF1FCCCD12D303286A008C2710E1E4\r";
  private static final String V3 =
      "~2501460010960001100D030D030D030D020D030D030D030D030D040D040D030D030D030D030D030D03060B4A"
          + "0B4C0B4B0B4B0B600B57FF3BD0313EC809514300054E204D4E204E204E204E2064CF990000DDA4\r";

  private byte[] onePack;
  private byte[] fifteenPacks;
  private Request onePackRequest;
  private Request allPacksRequest;

  @Setup
  public void setUp() throws BmsProtocolException {
    onePack = V2.getBytes(StandardCharsets.US_ASCII);
    onePackRequest = PaceRequests.analog(1, 1);
    allPacksRequest = PaceRequests.analog(1, PaceRequests.ALL_PACKS);
    AnalogResponse v3 =
        (AnalogResponse)
            ResponseDecoder.decode(
                FrameCodec.decode(V3.getBytes(StandardCharsets.US_ASCII)), onePackRequest);
    AnalogBlock block = v3.blocks().get(0);
    AnalogResponse rack =
        new AnalogResponse(
            new ResponseHeader(0x25, 1, 0x46, v3.header().command()),
            v3.dialect(),
            0,
            PackAddressing.ALL_PACKS,
            15,
            Collections.nCopies(15, block));
    fifteenPacks = rack.toFrame().encode();
    if (fifteenPacks.length != 2212) {
      throw new IllegalStateException("15-pack frame has " + fifteenPacks.length + " characters");
    }
  }

  @Benchmark
  public Response onePack() throws BmsProtocolException {
    return ResponseDecoder.decode(FrameCodec.decode(onePack), onePackRequest);
  }

  @Benchmark
  public Response fifteenPacks() throws BmsProtocolException {
    return ResponseDecoder.decode(FrameCodec.decode(fifteenPacks), allPacksRequest);
  }
}
