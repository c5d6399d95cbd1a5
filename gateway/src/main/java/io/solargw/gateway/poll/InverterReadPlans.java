package io.solargw.gateway.poll;

import io.solargw.protocol.inverter.plan.DeviceReadMap;
import io.solargw.protocol.inverter.plan.ReadBlock;
import io.solargw.protocol.inverter.plan.RegisterSpan;
import io.solargw.protocol.inverter.plan.RetryPlan;
import io.solargw.protocol.inverter.profile.InverterProfile;
import io.solargw.protocol.inverter.profile.PollGroup;
import io.solargw.protocol.inverter.profile.ProfileReadPlan;
import java.util.EnumSet;
import java.util.List;

/**
 * The read plans of one inverter: the fast group (power flows and codes, every cycle) and the slow
 * group (settings, versions, counters). What one plan learns about unsupported addresses is taught
 * to the other, so each hole costs one exception 0x02 discovery, not two.
 */
public final class InverterReadPlans {

  private DeviceReadMap fast;
  private DeviceReadMap slow;

  /** Plans for {@code profile}. */
  public InverterReadPlans(InverterProfile profile) {
    List<RegisterSpan> forbidden =
        profile.forbidden().stream().map(r -> RegisterSpan.of(r.from(), r.to())).toList();
    int max = profile.maxRegistersPerRead();
    this.fast =
        DeviceReadMap.of(
            ProfileReadPlan.spans(profile, EnumSet.of(PollGroup.FAST, PollGroup.ON_CHANGE)),
            forbidden,
            max);
    this.slow =
        DeviceReadMap.of(
            ProfileReadPlan.spans(profile, EnumSet.of(PollGroup.SLOW)), forbidden, max);
  }

  /** Blocks of the fast group, given what was learned. */
  public List<ReadBlock> fastBlocks() {
    return fast.plan();
  }

  /** Blocks of the slow group, given what was learned. */
  public List<ReadBlock> slowBlocks() {
    return slow.plan();
  }

  /** Learns from an exception 0x02 answer to {@code block}; returns the halves to retry. */
  public RetryPlan onIllegalAddress(ReadBlock block, boolean slowGroup) {
    RetryPlan plan = (slowGroup ? slow : fast).onIllegalAddress(block);
    DeviceReadMap learned = plan.next();
    if (slowGroup) {
      slow = learned;
      fast = teach(fast, learned);
    } else {
      fast = learned;
      slow = teach(slow, learned);
    }
    return plan;
  }

  private static DeviceReadMap teach(DeviceReadMap target, DeviceReadMap from) {
    return new DeviceReadMap(
        target.wanted(),
        target.forbidden(),
        target.maxRegistersPerRead(),
        from.unsupportedAddresses(),
        from.rejectedBlocks());
  }
}
