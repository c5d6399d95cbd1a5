package io.solargw.bench;

import io.solargw.protocol.bms.BmsProtocolException;
import io.solargw.protocol.bms.pylon.CanFrame;
import io.solargw.protocol.bms.pylon.PylonCanCodec;
import io.solargw.protocol.bms.pylon.PylonCanMessage;
import io.solargw.sim.can.PylonFrameSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The Pylontech CAN frame set a rack sends every second (the simulated 15-pack rack's), decoded as
 * the CAN listener does. {@code -prof gc} gives the allocation per second of CAN traffic.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CanDecodeBenchmark {

  private List<CanFrame> frames;

  @Setup
  public void setUp() throws Exception {
    try (SimulatedSite site = new SimulatedSite(15)) {
      var rack = site.simulation().rack();
      frames = PylonFrameSet.of(rack.battery(), rack.conditions());
    }
  }

  @Benchmark
  public void frameSet(Blackhole bh) throws BmsProtocolException {
    for (CanFrame f : frames) {
      PylonCanMessage m = PylonCanCodec.decode(f);
      bh.consume(m);
    }
  }
}
