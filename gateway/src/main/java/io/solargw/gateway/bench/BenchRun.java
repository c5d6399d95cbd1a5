package io.solargw.gateway.bench;

import io.solargw.config.ConfigException;
import io.solargw.config.ConfigLoader;
import io.solargw.config.GatewayConfig;
import io.solargw.gateway.bus.BusWorker;
import io.solargw.gateway.bus.DevicePoller;
import io.solargw.gateway.runtime.GatewayRuntime;
import io.solargw.sim.Simulation;
import io.solargw.sim.SimulationOptions;
import io.solargw.sim.SimulationOptionsBuilder;
import io.solargw.sim.bms.PaceRackProtocol;
import io.solargw.sim.inverter.InverterRtuProtocol;
import io.solargw.sim.wire.BusProtocol;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One configuration of {@code bench}: starts the simulators (paced at the baud rate) and the
 * gateway's runtime as {@code run} builds it, lets every bus run one warm-up cycle (slow group,
 * learning unsupported registers) and then the measured cycles, in parallel, and compares each
 * bus's median cycle with its wire-time floor.
 */
public final class BenchRun {

  private static final InetSocketAddress ANY_LOCAL = new InetSocketAddress("127.0.0.1", 0);

  private final BenchSettings settings;
  private final PrintWriter progress;

  /**
   * @param settings baud, turnaround, gaps, cycles
   * @param progress where progress lines go (stderr)
   */
  public BenchRun(BenchSettings settings, PrintWriter progress) {
    this.settings = settings;
    this.progress = progress;
  }

  /** The figures of every bus with {@code inverters} inverters and {@code packs} packs. */
  public List<BusFigures> run(int inverters, int packs) throws IOException, InterruptedException {
    Path data = Files.createTempDirectory("solar-gateway-bench");
    SimulationOptionsBuilder options =
        SimulationOptions.builder()
            .inverters(inverters)
            .threePhase(inverters >= 3 && inverters % 3 == 0)
            .packs(packs)
            .baud(settings.baud())
            .turnaroundMillis((int) settings.turnaround().toMillis())
            .inverterBind(ANY_LOCAL)
            .rackBind(ANY_LOCAL);
    if (settings.ptys()) {
      options.inverterPty(data.resolve("inverters.pty")).rackPty(data.resolve("battery.pty"));
    }
    try (Simulation sim = Simulation.start(options.build())) {
      Map<String, BusProtocol> devices =
          Map.of(
              "inverters", new InverterRtuProtocol(sim.inverters(), address -> false),
              "battery", new PaceRackProtocol(sim.rack()));
      int fast = fastSeconds(inverters, packs, sim, data, devices);
      GatewayRuntime runtime = runtime(inverters, packs, sim, fast, data);
      CycleRecorder recorder = new CycleRecorder();
      runtime.workers().forEach(w -> w.setCycleListener(recorder));
      try {
        runtime.start();
        await(runtime, recorder, fast, inverters, packs);
      } finally {
        runtime.close();
      }
      List<BusFigures> figures = new ArrayList<>();
      for (BusWorker w : runtime.workers()) {
        figures.add(figures(w, floor(w, devices.get(w.busName())), recorder));
      }
      return figures;
    } finally {
      deleteTree(data);
    }
  }

  /** A poll period long enough that every cycle ends before the next one is due. */
  private int fastSeconds(
      int inverters, int packs, Simulation sim, Path data, Map<String, BusProtocol> devices)
      throws IOException {
    GatewayRuntime probe = runtime(inverters, packs, sim, 1, data);
    long longest = 0;
    for (BusWorker w : probe.workers()) {
      longest = Math.max(longest, floor(w, devices.get(w.busName())).nanos());
    }
    // Before learning, the plan may hold blocks the device refuses: allow for it generously.
    return (int) Math.max(1, Math.ceil(longest * 1.5 / 1e9 + 0.5));
  }

  private GatewayRuntime runtime(int inverters, int packs, Simulation sim, int fast, Path data)
      throws IOException {
    String inverterBus =
        settings.ptys()
            ? data.resolve("inverters.pty").toString()
            : BenchConfig.hostPort(sim.inverterBus());
    String rackBus =
        settings.ptys()
            ? data.resolve("battery.pty").toString()
            : BenchConfig.hostPort(sim.rackBus());
    String yaml = BenchConfig.yaml(inverters, packs, inverterBus, rackBus, settings, fast, data);
    GatewayConfig config;
    try {
      config = ConfigLoader.load(yaml, "<bench>", data, Map.of()).config();
    } catch (ConfigException e) {
      throw new IllegalStateException("bench built an invalid configuration: " + e.getMessage(), e);
    }
    return new GatewayRuntime(config, Clock.systemUTC());
  }

  private WireFloor floor(BusWorker worker, BusProtocol device) {
    List<byte[]> requests = new ArrayList<>();
    for (DevicePoller p : worker.pollers()) {
      requests.addAll(p.cycleRequests());
    }
    Duration gap =
        worker.busName().equals("inverters") ? settings.inverterGap() : settings.bmsGap();
    return WireFloor.of(
        requests,
        r -> device.answer(r).map(a -> a.bytes().length).orElse(0),
        settings.baud(),
        settings.turnaround(),
        gap);
  }

  private void await(
      GatewayRuntime runtime, CycleRecorder recorder, int fast, int inverters, int packs)
      throws InterruptedException {
    int wanted = settings.cycles() + 1;
    long deadline = System.nanoTime() + Duration.ofSeconds((wanted + 2L) * fast + 30).toNanos();
    int shown = -1;
    while (System.nanoTime() < deadline) {
      int done = Integer.MAX_VALUE;
      for (BusWorker w : runtime.workers()) {
        done = Math.min(done, recorder.cycles(w.busName()).size());
      }
      if (done != shown) {
        progress.printf(
            "bench: %d inverter(s) + %d pack(s): %d of %d cycles done (1 warm-up, poll every %d s)%n",
            inverters, packs, Math.min(done, wanted), wanted, fast);
        progress.flush();
        shown = done;
      }
      if (done >= wanted) {
        return;
      }
      Thread.sleep(100);
    }
    progress.println("bench: not every bus completed its cycles in time; reporting what came");
    progress.flush();
  }

  private BusFigures figures(BusWorker worker, WireFloor floor, CycleRecorder recorder) {
    List<CycleRecorder.Cycle> measured = recorder.cycles(worker.busName());
    measured = measured.isEmpty() ? measured : measured.subList(1, measured.size());
    Duration gap =
        worker.busName().equals("inverters") ? settings.inverterGap() : settings.bmsGap();
    if (measured.isEmpty()) {
      return new BusFigures(worker.busName(), floor, 0, 0, 0, 0, gap.toMillis());
    }
    List<CycleRecorder.Cycle> sorted =
        measured.stream().sorted(Comparator.comparingLong(CycleRecorder.Cycle::nanos)).toList();
    CycleRecorder.Cycle median = sorted.get(sorted.size() / 2);
    return new BusFigures(
        worker.busName(),
        floor,
        median.nanos(),
        measured.size(),
        median.transactions(),
        median.bytes(),
        gap.toMillis());
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
