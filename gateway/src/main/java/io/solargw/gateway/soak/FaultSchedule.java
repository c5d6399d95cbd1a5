package io.solargw.gateway.soak;

import io.solargw.sim.Simulation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The scripted faults of a soak, on the caller's thread, at fixed shares of the duration D: a TCP
 * link drop every {@code --link-drop-every} (at most D/4 apart) until 0.85 D, the gateway killed
 * with SIGKILL and restarted at 0.15 D, the broker restarted at 0.45 D, the last inverter and the
 * last pack silent from 0.6 D for {@code --away} (at most 0.15 D). The gateway's RSS is sampled all
 * along.
 */
final class FaultSchedule {

  private static final Duration FIRST_ONLINE = Duration.ofSeconds(120);
  private static final long SAMPLE_MILLIS = 5000;

  private final SoakSettings s;
  private final Simulation sim;
  private final SoakBroker broker;
  private final GatewayProcess gateway;
  private final List<String> devices;
  private final Observations seen;
  private final Consumer<String> say;
  private final Map<String, Long> done = new LinkedHashMap<>();
  private final RssSamples rss = new RssSamples();
  private final List<String> troubles = new ArrayList<>();

  FaultSchedule(
      SoakSettings s,
      Simulation sim,
      SoakBroker broker,
      GatewayProcess gateway,
      List<String> devices,
      Observations seen,
      Consumer<String> say) {
    this.s = s;
    this.sim = sim;
    this.broker = broker;
    this.gateway = gateway;
    this.devices = devices;
    this.seen = seen;
    this.say = say;
  }

  void run() throws Exception {
    long t0 = System.currentTimeMillis();
    while (!allOnline()) {
      if (System.currentTimeMillis() - t0 > FIRST_ONLINE.toMillis()) {
        troubles.add("not every device came online within " + FIRST_ONLINE.toSeconds() + " s");
        break;
      }
      Thread.sleep(500);
    }
    say.accept("every device online after " + (System.currentTimeMillis() - t0) + " ms; faults on");
    long d = s.duration().toMillis();
    long drop = Math.min(s.linkDropEvery().toMillis(), d / 4);
    long away = Math.min(s.awayFor().toMillis(), (long) (0.15 * d));
    long kill = (long) (0.15 * d);
    long restartBroker = (long) (0.45 * d);
    long awayAt = (long) (0.6 * d);
    rss.baselineAfter(kill + Math.max(20_000, d / 10));
    long start = System.currentTimeMillis();
    long nextDrop = drop;
    long nextSample = 0;
    long nextProgress = progressEvery(d);
    boolean killed = false;
    boolean restarted = false;
    boolean sentAway = false;
    boolean back = false;
    for (long t = 0; t < d; t = System.currentTimeMillis() - start) {
      if (t >= nextDrop && t < 0.85 * d) {
        int n = sim.dropLinks();
        count("tcp_link_drops");
        say.accept(at(t) + "dropped " + n + " TCP connection(s) of the simulated buses");
        nextDrop += drop;
      }
      if (!killed && t >= kill) {
        killed = true;
        killGateway(t);
      }
      if (!restarted && t >= restartBroker) {
        restarted = true;
        say.accept(at(t) + "restarting the MQTT broker (down 5 s)");
        broker.restart(5000);
        count("broker_restarts");
      }
      if (!sentAway && t >= awayAt) {
        sentAway = true;
        setAway(true);
        say.accept(at(t) + "inverter-" + s.inverters() + " and pack-" + s.packs() + " silent");
      }
      if (sentAway && !back && t >= awayAt + away) {
        back = true;
        setAway(false);
        say.accept(at(t) + "inverter-" + s.inverters() + " and pack-" + s.packs() + " back");
      }
      if (t >= nextSample) {
        rss.sample(t, gateway.rssKb());
        nextSample += SAMPLE_MILLIS;
      }
      if (t >= nextProgress) {
        say.accept(at(t) + "states received " + seen.statesReceived() + ", faults " + injected());
        nextProgress += progressEvery(d);
      }
      if (!gateway.alive()) {
        troubles.add("the gateway exited by itself with status " + gateway.exitValue());
        say.accept(at(t) + troubles.get(troubles.size() - 1) + "; restarting it");
        gateway.start();
      }
      Thread.sleep(200);
    }
    setAway(false);
    rss.sample(d, gateway.rssKb());
  }

  private void killGateway(long t) throws Exception {
    say.accept(at(t) + "kill -9 of the gateway (pid " + gateway.pid() + ")");
    gateway.kill9();
    count("gateway_kills");
    Thread.sleep(2000);
    gateway.start();
    say.accept("gateway restarted: pid " + gateway.pid());
  }

  private void setAway(boolean away) {
    sim.inverterFaults().setAway(s.inverters(), away);
    sim.rackFaults().setAway(s.packs(), away);
    if (away) {
      count("device_away_periods");
    }
  }

  private boolean allOnline() {
    Map<String, String> a = seen.availability();
    return devices.stream().allMatch(id -> "online".equals(a.get(id)));
  }

  private String injected() {
    Map<String, Long> all = new LinkedHashMap<>();
    sim.inverterFaults().injected().forEach((k, v) -> all.merge(k.name(), v, Long::sum));
    sim.rackFaults().injected().forEach((k, v) -> all.merge(k.name(), v, Long::sum));
    all.putAll(done);
    return all.toString();
  }

  private void count(String kind) {
    done.merge(kind, 1L, Long::sum);
  }

  private static long progressEvery(long d) {
    return Math.max(30_000, d / 10);
  }

  private static String at(long millis) {
    return String.format("[%d:%02d] ", millis / 60_000, millis / 1000 % 60);
  }

  /** The scripted faults done, by kind. */
  Map<String, Long> done() {
    return Map.copyOf(done);
  }

  RssSamples rss() {
    return rss;
  }

  /** Things that went wrong with the run itself (device never online, gateway exited). */
  List<String> troubles() {
    return List.copyOf(troubles);
  }
}
