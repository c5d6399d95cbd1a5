package io.solargw.gateway.soak;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * What one soak run does.
 *
 * @param duration how long faults are injected (the final checks come after)
 * @param inverters simulated inverters, 1..9
 * @param packs simulated battery packs, 1..15
 * @param corruptRate share of answers damaged (flipped bit, bad checksum, cut short, wrong address)
 * @param timeoutRate share of answers that never come or come too late
 * @param lateShare share of those timeouts that are late answers (3 s late) rather than silence
 * @param linkDropEvery period of the TCP link drops
 * @param awayFor how long one inverter and one pack stay silent
 * @param speed simulated seconds per wall-clock second
 * @param seed seed of the site model and the fault injectors
 * @param rssTolerance how much the gateway's RSS may grow, as a share of its start value
 * @param jar the gateway jar to run as the process under test
 * @param workDir where configuration, logs and persisted counters go (a new temp dir if empty)
 * @param recordMqtt whether every MQTT message received is written to {@code mqtt.log} there
 */
public record SoakSettings(
    Duration duration,
    int inverters,
    int packs,
    double corruptRate,
    double timeoutRate,
    double lateShare,
    Duration linkDropEvery,
    Duration awayFor,
    double speed,
    long seed,
    double rssTolerance,
    Path jar,
    Optional<Path> workDir,
    boolean recordMqtt) {

  /** Checks every range; messages name the option. */
  public SoakSettings {
    if (duration.compareTo(Duration.ofSeconds(60)) < 0) {
      throw new IllegalArgumentException(
          "--duration must be at least 60s, got " + duration.toSeconds() + "s");
    }
    range("--inverters", inverters, 1, 9);
    range("--packs", packs, 1, 15);
    if (!(corruptRate >= 0 && timeoutRate >= 0 && corruptRate + timeoutRate <= 0.5)) {
      throw new IllegalArgumentException(
          "--corrupt and --timeouts must be 0 or more and add up to at most 0.5");
    }
    if (!(lateShare >= 0 && lateShare <= 1)) {
      throw new IllegalArgumentException("--late must be in 0..1, got " + lateShare);
    }
    if (linkDropEvery.compareTo(Duration.ofSeconds(10)) < 0) {
      throw new IllegalArgumentException("--link-drop-every must be at least 10s");
    }
    if (!(speed > 0 && speed <= 3600)) {
      throw new IllegalArgumentException("--speed must be in (0, 3600], got " + speed);
    }
    if (!(rssTolerance > 0)) {
      throw new IllegalArgumentException("--rss-tolerance must be more than 0");
    }
  }

  private static void range(String name, int v, int min, int max) {
    if (v < min || v > max) {
      throw new IllegalArgumentException(name + " must be in " + min + ".." + max + ", got " + v);
    }
  }
}
