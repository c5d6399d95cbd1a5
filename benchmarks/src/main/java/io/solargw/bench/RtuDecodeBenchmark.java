package io.solargw.bench;

import io.solargw.protocol.inverter.InverterProtocolException;
import io.solargw.protocol.inverter.rtu.FrameScan;
import io.solargw.protocol.inverter.rtu.ReadRequest;
import io.solargw.protocol.inverter.rtu.ReadResponse;
import io.solargw.protocol.inverter.rtu.RtuCodec;
import io.solargw.protocol.inverter.rtu.RtuFramer;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Decoding one 19-register read answer (capture T5 of vectors/inverter-modbus.yaml, 0x0204..0x0216,
 * 43 bytes): all checks of inverter-modbus.md 7 item 1 plus register extraction; and the same
 * preceded by the stream frame-boundary scan a TCP transport does.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class RtuDecodeBenchmark {

  private static final String T5_RESPONSE =
      "01 03 26 00 00 00 00 00 00 00 00 00 00 00 01 00 00 00 00 17 02 0a 15 2f 0f 00 00 00 05 00"
          + " 00 0e ae 09 38 00 00 13 88 08 fb f5 82";

  private ReadRequest request;
  private byte[] response;

  /** Builds the request and the captured answer once. */
  @Setup
  public void setUp() {
    request = ReadRequest.holding(0xFF, 0x0204, 19);
    response = HexFormat.of().parseHex(T5_RESPONSE.replace(" ", ""));
  }

  /** CRC, address, function, byte count and 19 registers. */
  @Benchmark
  public ReadResponse decode19Registers() throws InverterProtocolException {
    return RtuCodec.decodeReadResponse(request, response);
  }

  /** Frame-boundary scan of the received bytes, then decode. */
  @Benchmark
  public ReadResponse scanThenDecode19Registers() throws InverterProtocolException {
    FrameScan scan = RtuFramer.scanResponse(response, request);
    return RtuCodec.decodeReadResponse(request, ((FrameScan.Complete) scan).frame());
  }
}
