package io.solargw.bench;

import io.solargw.protocol.inverter.InverterProtocolException;
import io.solargw.protocol.inverter.codes.CodeTable;
import io.solargw.protocol.inverter.decode.RegisterImage;
import io.solargw.protocol.inverter.decode.SnapshotDecoder;
import io.solargw.protocol.inverter.profile.InverterProfile;
import io.solargw.protocol.inverter.profile.ProfileLoader;
import io.solargw.protocol.inverter.rtu.ReadResponse;
import io.solargw.protocol.inverter.rtu.RtuCodec;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One inverter's fast cycle as the poller does it: check and decode every answer of the fast plan
 * (10 reads of the default profile on the simulated V2.08-class unit), merge them into the register
 * image, decode the snapshot (points, pages, codes) and turn it into the report's value tree. The
 * answers are the simulator's, the image starts with the slow group already read. Multiply by the
 * inverter count for a bus cycle; {@code -prof gc} gives the allocation per inverter and cycle.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class InverterCycleBenchmark {

  private SnapshotDecoder decoder;
  private List<SimulatedSite.Exchange> fast;
  private RegisterImage withSlowGroup;

  @Setup
  public void setUp() throws Exception {
    InverterProfile profile = ProfileLoader.loadDefault();
    decoder = new SnapshotDecoder(profile, CodeTable.loadDefault());
    try (SimulatedSite site = new SimulatedSite(1)) {
      fast = site.inverterCycle(profile, false);
      withSlowGroup = merge(RegisterImage.empty(), site.inverterCycle(profile, true));
    }
  }

  /** Answers of the fast group into the image, nothing else. */
  @Benchmark
  public RegisterImage decodeAnswers() throws InverterProtocolException {
    return merge(withSlowGroup, fast);
  }

  /** The whole poll: answers, snapshot, value tree. */
  @Benchmark
  public Map<String, Object> fullCycle() throws InverterProtocolException {
    return decoder.decode(merge(withSlowGroup, fast)).toJson();
  }

  private static RegisterImage merge(RegisterImage image, List<SimulatedSite.Exchange> exchanges)
      throws InverterProtocolException {
    RegisterImage out = image;
    for (SimulatedSite.Exchange e : exchanges) {
      ReadResponse r = RtuCodec.decodeReadResponse(e.request(), e.answer());
      out = out.with(r.startAddress(), r.registers());
    }
    return out;
  }
}
