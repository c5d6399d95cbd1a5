package io.solargw.protocol.inverter.profile;

import io.solargw.protocol.inverter.plan.ReadBlock;
import io.solargw.protocol.inverter.plan.ReadPlanner;
import io.solargw.protocol.inverter.plan.RegisterSpan;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The read transactions a profile needs: the register spans of its points and readable settings in
 * the chosen poll groups, coalesced by {@link ReadPlanner} within the profile's per-read limit and
 * never touching a forbidden range.
 */
public final class ProfileReadPlan {

  /** The groups of one full cycle (everything that is polled at all). */
  public static final Set<PollGroup> FULL_CYCLE =
      EnumSet.of(PollGroup.FAST, PollGroup.SLOW, PollGroup.ON_CHANGE);

  private ProfileReadPlan() {}

  /** The spans wanted for {@code groups}: one per point, one per setting register. */
  public static List<RegisterSpan> spans(InverterProfile profile, Set<PollGroup> groups) {
    List<RegisterSpan> out = new ArrayList<>();
    for (PointSpec p : profile.points()) {
      if (groups.contains(p.poll())) {
        out.add(new RegisterSpan(p.address(), p.length()));
      }
    }
    for (SettingSpec s : profile.settings()) {
      if (groups.contains(s.poll())) {
        s.register().ifPresent(r -> out.add(new RegisterSpan(r, 1)));
      }
    }
    return out;
  }

  /** The planned read blocks for {@code groups}, sorted by address. */
  public static List<ReadBlock> plan(InverterProfile profile, Set<PollGroup> groups) {
    List<RegisterSpan> forbidden =
        profile.forbidden().stream().map(r -> RegisterSpan.of(r.from(), r.to())).toList();
    return ReadPlanner.plan(spans(profile, groups), forbidden, profile.maxRegistersPerRead());
  }

  /** The read blocks of one full cycle (fast, slow and on-change groups together). */
  public static List<ReadBlock> fullCycle(InverterProfile profile) {
    return plan(profile, FULL_CYCLE);
  }
}
