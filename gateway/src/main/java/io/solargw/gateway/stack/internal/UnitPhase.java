package io.solargw.gateway.stack.internal;

import io.solargw.config.Phase;
import io.solargw.gateway.poll.DeviceReport;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The AC phase one inverter feeds. The unit's own read-back of setting [30] PMD (3P1/3P2/3P3) wins,
 * because it is what the inverter actually does; the configured phase is the fallback for firmware
 * that does not serve E201 (or only in standby) and the installer's expectation to check the
 * read-back against.
 *
 * @param device device id
 * @param phase the phase used, if known
 * @param source {@code read_back}, {@code configured} or {@code unknown}
 * @param readBack the decoded PMD option code (SIG, PAL, 3P1...), if any
 * @param configured the configured phase, if any
 */
public record UnitPhase(
    String device,
    Optional<Phase> phase,
    String source,
    Optional<String> readBack,
    Optional<Phase> configured) {

  /** The phase of {@code report}'s unit given the configured {@code hint}. */
  public static UnitPhase of(String device, Optional<DeviceReport> report, Optional<Phase> hint) {
    Optional<String> readBack =
        report.flatMap(r -> Tree.text(r.values(), "settings", "parallel_mode"));
    Optional<Phase> decoded = readBack.flatMap(UnitPhase::threePhase);
    if (decoded.isPresent()) {
      return new UnitPhase(device, decoded, "read_back", readBack, hint);
    }
    return new UnitPhase(device, hint, hint.isPresent() ? "configured" : "unknown", readBack, hint);
  }

  /** L1..L3 for PMD option codes 3P1..3P3. */
  static Optional<Phase> threePhase(String code) {
    return switch (code) {
      case "3P1" -> Optional.of(Phase.L1);
      case "3P2" -> Optional.of(Phase.L2);
      case "3P3" -> Optional.of(Phase.L3);
      default -> Optional.empty();
    };
  }

  /** True when the read-back and the configuration disagree (a commissioning error). */
  public boolean conflicting() {
    return readBack.isPresent()
        && configured.isPresent()
        && !threePhase(readBack.get()).equals(configured);
  }

  /** {@code {device, phase, source}} for the aggregate. */
  public Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("device", device);
    m.put("phase", phase.map(Phase::keyword).orElse(null));
    m.put("source", source);
    return m;
  }

  /** {@code {device, configured, read_back}} for the conflict list. */
  public Map<String, Object> conflictJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("device", device);
    m.put("configured", configured.map(Phase::keyword).orElse(null));
    m.put("read_back", readBack.orElse(null));
    return m;
  }
}
