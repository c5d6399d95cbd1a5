package io.solargw.sim.clients;

import io.solargw.protocol.inverter.codes.ActiveCode;
import io.solargw.protocol.inverter.codes.CodeTable;
import io.solargw.protocol.inverter.decode.InverterSnapshot;
import io.solargw.protocol.inverter.decode.PointReading;
import io.solargw.protocol.inverter.decode.PointValue;
import io.solargw.protocol.inverter.decode.SnapshotDecoder;
import io.solargw.protocol.inverter.plan.DeviceReadMap;
import io.solargw.protocol.inverter.plan.RegisterSpan;
import io.solargw.protocol.inverter.profile.InverterProfile;
import io.solargw.protocol.inverter.profile.ProfileLoader;
import io.solargw.protocol.inverter.profile.ProfileReadPlan;
import java.io.IOException;
import java.util.List;

/** Reads a whole unit the way the gateway plans it and decodes it with protocol-inverter. */
public final class Snapshots {

  public static final InverterProfile PROFILE = ProfileLoader.loadDefault();
  private static final SnapshotDecoder DECODER =
      new SnapshotDecoder(PROFILE, CodeTable.loadDefault());

  private Snapshots() {}

  /** Every register of the profile's full poll cycle, from {@code unit}, holes learnt. */
  public static InverterSnapshot read(RtuClient client, int unit) throws IOException {
    DeviceReadMap plan =
        DeviceReadMap.of(
            ProfileReadPlan.spans(PROFILE, ProfileReadPlan.FULL_CYCLE),
            PROFILE.forbidden().stream().map(r -> RegisterSpan.of(r.from(), r.to())).toList(),
            PROFILE.maxRegistersPerRead());
    return DECODER.decode(client.read(unit, plan));
  }

  public static double number(InverterSnapshot s, String name) {
    PointReading r = s.point(name).orElseThrow(() -> new AssertionError("no point " + name));
    if (r.value() instanceof PointValue.Decimal d) {
      return d.value().doubleValue();
    }
    throw new AssertionError(name + " is not a number: " + r.value());
  }

  public static String text(InverterSnapshot s, String name) {
    return ((PointValue.Text) s.point(name).orElseThrow().value()).text();
  }

  public static int state(InverterSnapshot s) {
    return ((PointValue.Choice) s.point("machine_state").orElseThrow().value()).raw();
  }

  /** A setting read-back as text: the option code or the plain number. */
  public static String setting(InverterSnapshot s, String name) {
    PointValue v =
        s.setting(name).orElseThrow(() -> new AssertionError("no setting " + name)).value();
    if (v instanceof PointValue.Choice c) {
      return c.option().orElseThrow().code();
    }
    return ((PointValue.Decimal) v).value().stripTrailingZeros().toPlainString();
  }

  public static List<Integer> codes(InverterSnapshot s) {
    return s.codes().stream().map(ActiveCode::number).toList();
  }
}
