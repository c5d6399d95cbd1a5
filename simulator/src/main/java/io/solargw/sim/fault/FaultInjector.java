package io.solargw.sim.fault;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides, per answer, whether and how to damage it: at random with a probability (each enabled
 * kind equally likely), and by script (a device that has gone away answers nothing). Counts every
 * fault it injects so a soak test can compare what was sent with what the gateway reported.
 */
public final class FaultInjector {

  private final double probability;
  private final FaultKind[] kinds;
  private final SplittableRandom random;
  private final Set<Integer> away = ConcurrentHashMap.newKeySet();
  private final Map<FaultKind, Long> injected = new EnumMap<>(FaultKind.class);
  private final Map<Integer, Double> perDevice = new ConcurrentHashMap<>();
  private Map<FaultKind, Double> rates = Map.of();

  /** Never injects anything (but devices can still be sent away). */
  public static FaultInjector none() {
    return new FaultInjector(0, EnumSet.allOf(FaultKind.class), 0);
  }

  /**
   * @param probability chance 0..1 that an answer is damaged
   * @param kinds the kinds to choose from
   * @param seed seed of the random choices
   */
  public FaultInjector(double probability, Set<FaultKind> kinds, long seed) {
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException("probability must be in 0..1, got " + probability);
    }
    if (kinds.isEmpty() && probability > 0) {
      throw new IllegalArgumentException("kinds must not be empty when probability > 0");
    }
    this.probability = probability;
    this.kinds = kinds.toArray(FaultKind[]::new);
    this.random = new SplittableRandom(seed);
  }

  /** Makes {@code device} silent ({@code true}) or brings it back. */
  public void setAway(int device, boolean isAway) {
    if (isAway) {
      away.add(device);
    } else {
      away.remove(device);
    }
  }

  /** Whether {@code device} is silent (sent away by {@link #setAway}). */
  public boolean isAway(int device) {
    return away.contains(device);
  }

  /** Overrides the fault probability for one device (scenario: one flaky unit). */
  public void setProbability(int device, double p) {
    perDevice.put(device, p);
  }

  /**
   * Replaces the random choice by a rate per kind (a soak test wants 2 % corrupted answers and 2 %
   * timeouts, not one probability spread over every kind). Each answer gets at most one fault; the
   * rates must add up to at most 1. An empty map goes back to the constructor's probability.
   * Devices with their own probability ({@link #setProbability}) keep it.
   *
   * @throws IllegalArgumentException when a rate is outside 0..1 or the rates add up to more than 1
   */
  public synchronized void setRates(Map<FaultKind, Double> perKind) {
    double sum = 0;
    for (Map.Entry<FaultKind, Double> e : perKind.entrySet()) {
      double r = e.getValue();
      if (!(r >= 0 && r <= 1)) {
        throw new IllegalArgumentException("rate of " + e.getKey() + " must be in 0..1, got " + r);
      }
      sum += r;
    }
    if (sum > 1 + 1e-9) {
      throw new IllegalArgumentException("fault rates must add up to at most 1, got " + sum);
    }
    rates = perKind.isEmpty() ? Map.of() : new EnumMap<>(perKind);
  }

  /** The fault to inject into the next answer of {@code device}, if any. */
  public synchronized Optional<FaultKind> decide(int device) {
    if (away.contains(device)) {
      return Optional.of(count(FaultKind.NO_ANSWER));
    }
    if (!rates.isEmpty() && !perDevice.containsKey(device)) {
      return byRate(random.nextDouble());
    }
    double p = perDevice.getOrDefault(device, probability);
    if (kinds.length == 0 || random.nextDouble() >= p) {
      return Optional.empty();
    }
    return Optional.of(count(kinds[random.nextInt(kinds.length)]));
  }

  private Optional<FaultKind> byRate(double draw) {
    double upTo = 0;
    for (Map.Entry<FaultKind, Double> e : rates.entrySet()) {
      upTo += e.getValue();
      if (draw < upTo) {
        return Optional.of(count(e.getKey()));
      }
    }
    return Optional.empty();
  }

  /** A random index in {@code 0..bound-1} from the injector's seeded source. */
  public synchronized int nextInt(int bound) {
    return random.nextInt(bound);
  }

  /** How many faults of each kind were injected so far. */
  public synchronized Map<FaultKind, Long> injected() {
    return Map.copyOf(injected);
  }

  private FaultKind count(FaultKind k) {
    injected.merge(k, 1L, Long::sum);
    return k;
  }
}
