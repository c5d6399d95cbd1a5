package io.solargw.bench;

import io.solargw.gateway.poll.Availability;
import io.solargw.gateway.poll.DeviceReport;
import io.solargw.gateway.publish.StateMapper;
import io.solargw.mqtt.DeviceState;
import io.solargw.mqtt.WritePolicy;
import io.solargw.mqtt.discovery.DiscoveryContext;
import io.solargw.mqtt.discovery.DiscoveryDocument;
import io.solargw.mqtt.payload.Json;
import io.solargw.mqtt.payload.StateDocument;
import io.solargw.mqtt.topic.TopicTree;
import io.solargw.protocol.inverter.codes.CodeTable;
import io.solargw.protocol.inverter.decode.RegisterImage;
import io.solargw.protocol.inverter.decode.SnapshotDecoder;
import io.solargw.protocol.inverter.profile.InverterProfile;
import io.solargw.protocol.inverter.profile.ProfileLoader;
import io.solargw.protocol.inverter.rtu.ReadResponse;
import io.solargw.protocol.inverter.rtu.RtuCodec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The MQTT payloads of one inverter (every point of the default profile, decoded from the
 * simulator's answers): the report mapped to the bridge's device state, the state JSON published
 * every cycle, and the Home Assistant discovery document published once per connect.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MqttPayloadBenchmark {

  private DeviceReport report;
  private DeviceState state;
  private DiscoveryContext context;

  @Setup
  public void setUp() throws Exception {
    InverterProfile profile = ProfileLoader.loadDefault();
    List<SimulatedSite.Exchange> all = new ArrayList<>();
    try (SimulatedSite site = new SimulatedSite(1)) {
      all.addAll(site.inverterCycle(profile, true));
      all.addAll(site.inverterCycle(profile, false));
    }
    RegisterImage image = RegisterImage.empty();
    for (SimulatedSite.Exchange e : all) {
      ReadResponse r = RtuCodec.decodeReadResponse(e.request(), e.answer());
      image = image.with(r.startAddress(), r.registers());
    }
    Map<String, Object> values =
        new SnapshotDecoder(profile, CodeTable.loadDefault()).decode(image).toJson();
    report =
        new DeviceReport(
            "inverter-1", Availability.ONLINE, Instant.now(), values, Optional.empty());
    state = StateMapper.map(report);
    context =
        new DiscoveryContext(
            new TopicTree("solar/bench", "homeassistant"), "bench", WritePolicy.DISABLED, "bench");
  }

  /** Report to device state, then the state JSON: what every cycle publishes per inverter. */
  @Benchmark
  public String stateJson() {
    return StateDocument.text(StateMapper.map(report));
  }

  /** The discovery document of one inverter, as JSON text. */
  @Benchmark
  public String discovery() {
    return Json.write(DiscoveryDocument.of(state, context));
  }
}
