package io.solargw.bench;

import io.solargw.protocol.bms.BmsProtocolException;
import io.solargw.protocol.bms.pace.FrameCodec;
import io.solargw.protocol.bms.pace.PaceRequests;
import io.solargw.protocol.bms.pace.Request;
import io.solargw.protocol.bms.pace.ResponseDecoder;
import io.solargw.sim.bms.PaceRackProtocol;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One battery-bus cycle in all-packs mode as the poller does it: the analog (0x42) and the alarm
 * (0x44) answers of the simulated rack, frame checks, decode and the value maps the reports are
 * built from. {@code -prof gc} gives the allocation per cycle.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RackCycleBenchmark {

  @Param({"1", "15"})
  public int packs;

  private Request analog;
  private Request alarm;
  private byte[] analogAnswer;
  private byte[] alarmAnswer;

  @Setup
  public void setUp() throws Exception {
    analog = PaceRequests.analog(1, PaceRequests.ALL_PACKS);
    alarm = PaceRequests.alarm(1, PaceRequests.ALL_PACKS);
    try (SimulatedSite site = new SimulatedSite(packs)) {
      PaceRackProtocol rack = new PaceRackProtocol(site.simulation().rack());
      analogAnswer = rack.answer(analog.encode()).orElseThrow().bytes();
      alarmAnswer = rack.answer(alarm.encode()).orElseThrow().bytes();
    }
  }

  @Benchmark
  public Map<String, Object> analogAnswer() throws BmsProtocolException {
    return ResponseDecoder.decode(FrameCodec.decode(analogAnswer), analog).toMap();
  }

  @Benchmark
  public Map<String, Object> alarmAnswer() throws BmsProtocolException {
    return ResponseDecoder.decode(FrameCodec.decode(alarmAnswer), alarm).toMap();
  }
}
