package io.solargw.sim.inverter;

import io.solargw.protocol.inverter.decode.RegisterImage;
import io.solargw.protocol.inverter.profile.InverterProfile;
import io.solargw.protocol.inverter.rtu.ModbusRequest;
import io.solargw.protocol.inverter.rtu.ModbusResponse;
import io.solargw.sim.inverter.internal.ActiveCodes;
import io.solargw.sim.inverter.internal.ImageBuilder;
import io.solargw.sim.inverter.internal.ReadableMap;
import io.solargw.sim.inverter.internal.RequestHandler;
import io.solargw.sim.inverter.internal.Routing;
import io.solargw.sim.inverter.internal.SettingsMemory;
import io.solargw.sim.inverter.internal.SimulatedUnit;
import io.solargw.sim.inverter.internal.UnitView;
import io.solargw.sim.inverter.internal.WriteCheck;
import io.solargw.sim.site.SiteConfig;
import io.solargw.sim.site.SiteState;
import io.solargw.sim.site.UnitSettings;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A stack of 1..9 simulated SRNE inverters sharing one RS485 bus, each a Modbus slave serving the
 * register map of a profile (by default protocol-inverter's {@code srne-default}). Register images
 * are encoded from the site model's latest state; settings writes are validated like the firmware
 * does, stored per unit and handed to the site model when they change the power routing.
 *
 * <p>Thread-safe: the bus threads, the site driver and scenarios may call it concurrently.
 */
public final class InverterStack {

  /**
   * One unit's answer to a request.
   *
   * @param address the answering unit's real address
   * @param response the answer
   */
  public record Reply(int address, ModbusResponse response) {}

  /** Receives a unit's routing settings after a write changed them. */
  @FunctionalInterface
  public interface SettingsListener {
    /** Unit {@code unitIndex} now routes by {@code settings}. */
    void settingsChanged(int unitIndex, UnitSettings settings);
  }

  private final InverterProfile profile;
  private final SiteConfig config;
  private final LocalDateTime start;
  private final SettingsMemory memory;
  private final ImageBuilder images;
  private final RequestHandler handler;
  private final List<SimulatedUnit> units = new ArrayList<>();
  private final List<UnitSettings> routing = new ArrayList<>();
  private final SettingsListener listener;
  private SiteState state;
  private final int[][] cache;
  private long version;
  private final long[] cachedVersion;

  /**
   * @param profile the register map every unit serves
   * @param config the site (stack layout, rated power)
   * @param initial the site's state at start
   * @param identities one per unit, in stack order
   * @param settings each unit's routing settings at start (the site model's)
   * @param listener told when a write changes a unit's routing settings
   */
  public InverterStack(
      InverterProfile profile,
      SiteConfig config,
      SiteState initial,
      List<UnitIdentity> identities,
      List<UnitSettings> settings,
      SettingsListener listener) {
    if (identities.size() != initial.units().size() || settings.size() != identities.size()) {
      throw new IllegalArgumentException(
          "identities and settings must hold one entry per unit of the site ("
              + initial.units().size()
              + ")");
    }
    this.profile = Objects.requireNonNull(profile, "profile");
    this.config = config;
    this.start = initial.time();
    this.state = initial;
    this.listener = listener;
    this.memory = new SettingsMemory(profile);
    this.images = new ImageBuilder(profile);
    ReadableMap readable = new ReadableMap(profile);
    this.handler = new RequestHandler(readable, new WriteCheck(profile, memory, readable));
    double designAh = initial.battery().packs().stream().mapToDouble(p -> p.designAh()).sum();
    for (int i = 0; i < identities.size(); i++) {
      SimulatedUnit unit = new SimulatedUnit(i, identities.get(i), start);
      memory.initialise(unit, config.ratedWattsPerUnit(), designAh);
      Routing.store(memory, unit, settings.get(i));
      units.add(unit);
      routing.add(settings.get(i));
    }
    this.cache = new int[units.size()][];
    this.cachedVersion = new long[units.size()];
  }

  /** The profile the units serve. */
  public InverterProfile profile() {
    return profile;
  }

  /** Number of units. */
  public int size() {
    return units.size();
  }

  /** Takes the site's new state (the driver calls this after every step). */
  public synchronized void update(SiteState next) {
    double seconds = Duration.between(state.time(), next.time()).toNanos() / 1e9;
    if (seconds > 0) {
      for (SimulatedUnit u : units) {
        u.counters().update(next.units().get(u.index()), next.time(), seconds);
      }
    }
    state = next;
    version++;
  }

  /**
   * The answers of the units addressed by {@code request}: none (no such address, broadcast), one,
   * or several (the universal address 0xFF on a bus with more than one unit: they all talk at
   * once).
   */
  public synchronized List<Reply> handle(ModbusRequest request) {
    List<Reply> replies = new ArrayList<>();
    boolean changed = false;
    for (SimulatedUnit u : units) {
      int id = request.unitId();
      if (id != 0 && id != 0xFF && id != u.address()) {
        continue;
      }
      int address = u.address();
      RequestHandler.Outcome out = handler.handle(u, request, image(u), machineState(u));
      changed |= out.wrote();
      if (id != 0) {
        out.response().ifPresent(r -> replies.add(new Reply(address, r)));
      }
      if (out.wrote()) {
        afterWrite(u);
      }
    }
    if (changed) {
      version++;
    }
    return replies;
  }

  private void afterWrite(SimulatedUnit u) {
    UnitSettings next = Routing.read(memory, u, routing.get(u.index()));
    if (!next.equals(routing.get(u.index()))) {
      routing.set(u.index(), next);
      if (listener != null) {
        listener.settingsChanged(u.index(), next);
      }
    }
    int pdi = (int) memory.number(u, "PDI", u.address());
    if (pdi != u.address() && pdi >= 1 && pdi <= 247) {
      UnitIdentity id = u.identity();
      u.identity(
          new UnitIdentity(
              pdi,
              id.serialNumber(),
              id.appVersion(),
              id.bootloaderVersion(),
              id.parallelMode(),
              id.master()));
    }
  }

  private int machineState(SimulatedUnit u) {
    return state.units().get(u.index()).machineState();
  }

  private int[] image(SimulatedUnit u) {
    int i = u.index();
    if (cache[i] == null || cachedVersion[i] != version) {
      cache[i] = images.build(view(u));
      cachedVersion[i] = version;
    }
    return cache[i];
  }

  private UnitView view(SimulatedUnit u) {
    boolean differ = units.stream().mapToInt(x -> x.identity().appVersion()).distinct().count() > 1;
    double osd = memory.number(u, "OSD", 0);
    return new UnitView(
        state,
        state.units().get(u.index()),
        u,
        ActiveCodes.of(u, state, differ, osd),
        memory.number(u, "GOV", 230),
        memory.number(u, "OPF", 50),
        config.ratedWattsPerUnit(),
        start);
  }

  /** Unit {@code unitIndex}'s registers as a client would read them (every served register). */
  public synchronized RegisterImage image(int unitIndex) {
    int[] words = image(units.get(unitIndex));
    TreeMap<Integer, Integer> map = new TreeMap<>();
    for (int a = 0; a < words.length; a++) {
      if (handler.readable(a)) {
        map.put(a, words[a]);
      }
    }
    return new RegisterImage(map);
  }

  /** The identity of unit {@code unitIndex} (its address may change by a write to E200). */
  public synchronized UnitIdentity identity(int unitIndex) {
    return units.get(unitIndex).identity();
  }

  /** Raises fault or alarm {@code code} on a unit until cleared (shown in 0x0204-0x0207). */
  public synchronized void raiseCode(int unitIndex, int code) {
    if (code < 1 || code > 0xFFFF) {
      throw new IllegalArgumentException("code must be in 1..65535, got " + code);
    }
    units.get(unitIndex).raise(code);
    version++;
  }

  /** Clears a raised code. */
  public synchronized void clearCode(int unitIndex, int code) {
    units.get(unitIndex).clear(code);
    version++;
  }

  /** Clears every raised code of a unit. */
  public synchronized void clearCodes(int unitIndex) {
    units.get(unitIndex).clearAll();
    version++;
  }

  /** Marks a unit overloaded: it shows fault 203 (105 on bypass) while the flag is set. */
  public synchronized void setOverloaded(int unitIndex, boolean overloaded) {
    units.get(unitIndex).overloaded(overloaded);
    version++;
  }

  /**
   * Gives a unit another APP firmware version; every unit then shows fault 510 until it matches.
   */
  public synchronized void setAppVersion(int unitIndex, int hundredths) {
    SimulatedUnit u = units.get(unitIndex);
    u.identity(u.identity().withAppVersion(hundredths));
    version++;
  }

  /**
   * Sets a setting as the keypad would, without the firmware's write checks (scenario: one unit of
   * a parallel stack configured differently), e.g. {@code ("GOV", "220")} or {@code ("BTP",
   * "GEL")}.
   *
   * @throws IllegalArgumentException for an unknown setting or an impossible value
   */
  public synchronized void setSetting(int unitIndex, String code, String value) {
    SimulatedUnit u = units.get(unitIndex);
    memory.set(u, code, value);
    afterWrite(u);
    version++;
  }

  /** The value a unit holds for {@code code} (option code or number), if decodable. */
  public synchronized Optional<String> setting(int unitIndex, String code) {
    return memory.current(units.get(unitIndex), code);
  }
}
