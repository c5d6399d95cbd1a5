package io.solargw.protocol.inverter.plan;

import java.util.List;
import java.util.Objects;

/**
 * What to do after a device refused a block with exception 0x02: the updated per-device state and
 * the smaller blocks to read instead in this poll cycle.
 *
 * @param next the state to keep for the device from now on
 * @param retry blocks to read now, in address order; empty when nothing wanted is left to try
 */
public record RetryPlan(DeviceReadMap next, List<ReadBlock> retry) {

  /** Copies the list. */
  public RetryPlan {
    Objects.requireNonNull(next, "next");
    retry = List.copyOf(retry);
  }
}
