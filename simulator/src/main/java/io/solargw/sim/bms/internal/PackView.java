package io.solargw.sim.bms.internal;

import io.solargw.sim.bms.PackCondition;
import io.solargw.sim.bms.PackThresholds;
import io.solargw.sim.site.PackState;
import java.time.LocalDateTime;
import java.util.Set;

/**
 * One pack as it answers at an instant.
 *
 * @param state readings (with the scenario's temperature offsets applied)
 * @param pack the pack's memory
 * @param conditions active conditions (evaluated plus forced)
 * @param master whether the pack has DIP address 1 (the multi-pack master, bms.md 5.1)
 * @param packCount the number of packs the master lists
 * @param clock the pack's clock
 * @param thresholds where it warns and protects
 */
public record PackView(
    PackState state,
    SimulatedPack pack,
    Set<PackCondition> conditions,
    boolean master,
    int packCount,
    LocalDateTime clock,
    PackThresholds thresholds) {}
