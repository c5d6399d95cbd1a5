package io.solargw.protocol.inverter.decode;

import static org.assertj.core.api.Assertions.assertThat;

import io.solargw.protocol.inverter.codes.CodeTable;
import io.solargw.protocol.inverter.profile.InverterProfile;
import io.solargw.protocol.inverter.profile.PointSpec;
import io.solargw.protocol.inverter.profile.ProfileLoader;
import io.solargw.protocol.inverter.profile.SettingSpec;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Random register values for every point and setting of the default profile decode without
 * exceptions; sentinel words become unavailable values, never numbers. Seeded: a failure prints the
 * seed to replay it ({@code -Dfuzz.seed=N}).
 */
class DecodeFuzzTest {

  private static final InverterProfile PROFILE = ProfileLoader.loadDefault();
  private static final SnapshotDecoder DECODER =
      new SnapshotDecoder(PROFILE, CodeTable.loadDefault());
  private static final int ROUNDS = 300;
  private static final List<Integer> INTERESTING =
      List.of(0, 1, 0x7FFF, 0x8000, 0xFFFF, 0x00FF, 0xFF00);

  @Test
  void randomRegistersNeverThrowAndSentinelsAreNeverValues() {
    long base = Long.getLong("fuzz.seed", new Random().nextLong());
    for (int round = 0; round < ROUNDS; round++) {
      long seed = base + round;
      Random random = new Random(seed);
      TreeMap<Integer, Integer> words = new TreeMap<>();
      for (PointSpec p : PROFILE.points()) {
        for (int i = 0; i < p.length(); i++) {
          words.put(p.address() + i, word(random));
        }
      }
      for (SettingSpec s : PROFILE.settings()) {
        s.register().ifPresent(r -> words.put(r, word(random)));
      }
      try {
        check(DECODER.decode(new RegisterImage(words)), words);
        check(DECODER.decode(new RegisterImage(words), java.util.Optional.of(48)), words);
      } catch (RuntimeException | AssertionError e) {
        throw new AssertionError("decode failed for seed " + seed + ": " + e, e);
      }
    }
  }

  private static int word(Random random) {
    return random.nextInt(4) == 0
        ? INTERESTING.get(random.nextInt(INTERESTING.size()))
        : random.nextInt(0x10000);
  }

  private static void check(InverterSnapshot s, TreeMap<Integer, Integer> words) {
    assertThat(s.points().size() + s.settings().size())
        .isGreaterThanOrEqualTo(PROFILE.points().size());
    for (SettingSpec spec : PROFILE.settings()) {
      if (spec.register().isEmpty()) {
        continue;
      }
      int raw = words.get(spec.register().get());
      PointValue v = s.setting(spec.name()).orElseThrow().value();
      if (PROFILE.sentinelsAt(spec.register().get()).contains(raw)) {
        assertThat(v).as(spec.title()).isInstanceOf(PointValue.Unavailable.class);
      }
    }
    for (PointSpec p : PROFILE.points()) {
      int first = words.get(p.address());
      boolean allSentinel = true;
      for (int i = 0; i < p.length(); i++) {
        allSentinel &= PROFILE.sentinelsFor(p).contains(words.get(p.address() + i));
      }
      if (allSentinel && p.type().numeric()) {
        var map =
            p.kind() == io.solargw.protocol.inverter.profile.PointKind.SETTING
                ? s.settings()
                : s.points();
        assertThat(map.get(p.name()).value())
            .as(p.name() + " = " + first)
            .isInstanceOf(PointValue.Unavailable.class);
      }
    }
    assertThat(s.toJson()).containsKeys("points", "settings", "pages", "codes");
  }
}
