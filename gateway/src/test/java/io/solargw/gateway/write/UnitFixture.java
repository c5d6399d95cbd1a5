package io.solargw.gateway.write;

import static org.awaitility.Awaitility.await;

import io.solargw.gateway.bus.BusCounters;
import io.solargw.gateway.bus.BusTiming;
import io.solargw.gateway.bus.BusWorker;
import io.solargw.gateway.poll.InverterPoller;
import io.solargw.gateway.poll.InverterReadPlans;
import io.solargw.gateway.poll.PollSchedule;
import io.solargw.protocol.inverter.codes.CodeTable;
import io.solargw.protocol.inverter.decode.SnapshotDecoder;
import io.solargw.protocol.inverter.profile.InverterProfile;
import io.solargw.protocol.inverter.profile.ProfileLoader;
import io.solargw.sim.Simulation;
import io.solargw.sim.SimulationOptions;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One simulated inverter polled once by a real poller and bus worker over an in-process link; the
 * next poll is an hour away, so the snapshot the writer validates against stays as it was read.
 */
final class UnitFixture implements AutoCloseable {

  final Simulation sim;
  final StackLink link;
  final BusWorker worker;
  final InverterUnit unit;
  private final Thread thread;

  UnitFixture() throws Exception {
    InetSocketAddress any = new InetSocketAddress("127.0.0.1", 0);
    sim =
        Simulation.start(
            SimulationOptions.builder()
                .inverters(1)
                .packs(1)
                .seed(3)
                .start(LocalDateTime.of(2026, 6, 21, 11, 0))
                .inverterBind(any)
                .rackBind(any)
                .build());
    link = new StackLink(sim.inverters());
    InverterProfile profile = ProfileLoader.loadDefault();
    Duration hour = Duration.ofHours(1);
    InverterPoller poller =
        new InverterPoller(
            "inverter-1",
            1,
            new SnapshotDecoder(profile, CodeTable.loadDefault()),
            new InverterReadPlans(profile),
            new PollSchedule(hour, hour, 3, hour),
            report -> {},
            Clock.systemUTC());
    worker =
        new BusWorker(
            "inverters",
            link,
            new BusTiming(Duration.ofMillis(300), Duration.ZERO, 0),
            new BusCounters(),
            List.of(poller));
    unit = new InverterUnit("inverter-1", worker, poller, profile);
    thread = new Thread(worker, "bus-test");
    thread.setDaemon(true);
    thread.start();
    await().atMost(Duration.ofSeconds(10)).until(() -> poller.latestSnapshot().isPresent());
  }

  WriteTargets targets() {
    return new WriteTargets(List.of(unit));
  }

  @Override
  public void close() throws Exception {
    worker.stop();
    thread.interrupt();
    thread.join(5000);
    sim.close();
  }
}
