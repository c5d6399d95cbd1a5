package io.solargw.bench;

import io.solargw.gateway.poll.InverterReadPlans;
import io.solargw.protocol.inverter.plan.ReadBlock;
import io.solargw.protocol.inverter.profile.InverterProfile;
import io.solargw.protocol.inverter.rtu.ReadRequest;
import io.solargw.sim.Simulation;
import io.solargw.sim.SimulationOptions;
import io.solargw.sim.inverter.InverterRtuProtocol;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The project's simulator as a source of real answers for the benchmarks: the frames a gateway
 * receives in one cycle, produced once in the setup, never during a measurement.
 */
final class SimulatedSite implements AutoCloseable {

  private static final InetSocketAddress ANY = new InetSocketAddress("127.0.0.1", 0);

  private final Simulation sim;

  /** One exchange: what the gateway sent and what the device answered. */
  record Exchange(ReadBlock block, ReadRequest request, byte[] answer) {}

  SimulatedSite(int packs) throws IOException, InterruptedException {
    sim =
        Simulation.start(
            SimulationOptions.builder()
                .inverters(1)
                .packs(packs)
                .inverterBind(ANY)
                .rackBind(ANY)
                .build());
  }

  Simulation simulation() {
    return sim;
  }

  /**
   * The exchanges of one group of an inverter's plan, after learning the device's holes the way the
   * poller does (exception 0x02 splits a block).
   */
  List<Exchange> inverterCycle(InverterProfile profile, boolean slow) {
    InverterRtuProtocol rtu = new InverterRtuProtocol(sim.inverters(), address -> false);
    InverterReadPlans plans = new InverterReadPlans(profile);
    Deque<ReadBlock> queue = new ArrayDeque<>(slow ? plans.slowBlocks() : plans.fastBlocks());
    while (!queue.isEmpty()) {
      ReadBlock b = queue.poll();
      byte[] answer = answer(rtu, ReadRequest.holding(1, b.start(), b.count()));
      if (answer.length == 5 && (answer[1] & 0x80) != 0) {
        plans.onIllegalAddress(b, slow).retry().forEach(queue::addFirst);
      }
    }
    List<Exchange> out = new ArrayList<>();
    for (ReadBlock b : slow ? plans.slowBlocks() : plans.fastBlocks()) {
      ReadRequest r = ReadRequest.holding(1, b.start(), b.count());
      out.add(new Exchange(b, r, answer(rtu, r)));
    }
    return out;
  }

  private static byte[] answer(InverterRtuProtocol rtu, ReadRequest r) {
    return rtu.answer(r.toFrame()).orElseThrow().bytes();
  }

  @Override
  public void close() {
    sim.close();
  }
}
