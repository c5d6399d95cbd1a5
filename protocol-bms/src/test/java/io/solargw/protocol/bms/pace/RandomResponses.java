package io.solargw.protocol.bms.pace;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** Seeded random analog and alarm answers covering every documented variant. */
final class RandomResponses {

  /** PACE tails: A/E design only, C +SOC, D +10, B' +14, B (V3.1 with summary fields) +22. */
  static final int[] PACE_TAILS = {2, 3, 12, 16, 24};

  /** Pylontech tails: P=2 nothing, P=4 two 24-bit capacities. */
  static final int[] PYLON_TAILS = {0, 6};

  private final Random random;

  RandomResponses(Random random) {
    this.random = random;
  }

  Dialect dialect() {
    return random.nextBoolean() ? Dialect.PACE : Dialect.PYLONTECH;
  }

  /** An answer with 1..15 packs of 8..16 cells and 4..8 sensors, one tail variant. */
  AnalogResponse analog(Dialect d) {
    int packs = 1 + random.nextInt(15);
    boolean echo = packs == 1 && random.nextBoolean();
    int[] tails = d == Dialect.PACE ? PACE_TAILS : PYLON_TAILS;
    int tail = tails[random.nextInt(tails.length)];
    boolean uniform = random.nextInt(10) < 7;
    int cells = 8 + random.nextInt(9);
    int temps = 4 + random.nextInt(5);
    int userItems = random.nextInt(10);
    List<AnalogBlock> blocks = new ArrayList<>();
    for (int i = 0; i < packs; i++) {
      int m = uniform ? cells : 8 + random.nextInt(9);
      int n = uniform ? temps : 4 + random.nextInt(5);
      blocks.add(analogBlock(m, n, tail, userItems, random.nextInt(20) == 0));
    }
    return new AnalogResponse(
        header(d, d == Dialect.PACE ? PaceCommand.ANALOG : PylonCommand.ANALOG),
        d,
        random.nextInt(2),
        echo ? PackAddressing.COMMAND_ECHO : PackAddressing.ALL_PACKS,
        echo ? random.nextInt(16) : packs,
        blocks);
  }

  /** A block whose pack voltage is its cell sum within 0.5 V, as real packs report it. */
  private AnalogBlock analogBlock(int m, int n, int tail, int userItems, boolean absent) {
    List<Integer> cells = new ArrayList<>();
    int sum = 0;
    for (int i = 0; i < m; i++) {
      cells.add(absent ? 0 : 2500 + random.nextInt(1150));
      sum += cells.get(i);
    }
    List<Integer> temps = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      temps.add(random.nextInt(12) == 0 ? AnalogBlock.ABSENT_SENSOR : 2500 + random.nextInt(800));
    }
    byte[] rest = new byte[tail];
    random.nextBytes(rest);
    return new AnalogBlock(
        cells,
        temps,
        random.nextInt(65536) - 32768,
        absent ? 0 : Math.max(0, sum + random.nextInt(1001) - 500),
        random.nextInt(65536),
        userItems,
        random.nextInt(65536),
        random.nextInt(65536),
        rest);
  }

  /** An alarm answer with 1..15 packs, codes mostly normal, random state bytes, 0..5 extras. */
  AlarmResponse alarm(Dialect d) {
    int packs = 1 + random.nextInt(15);
    boolean echo = packs == 1 && random.nextBoolean();
    int extra = random.nextInt(AlarmBlock.MAX_EXTRA + 1);
    boolean uniform = random.nextInt(10) < 7;
    int cells = 8 + random.nextInt(9);
    int temps = 4 + random.nextInt(5);
    List<AlarmBlock> blocks = new ArrayList<>();
    for (int i = 0; i < packs; i++) {
      int m = uniform ? cells : 8 + random.nextInt(9);
      int n = uniform ? temps : 4 + random.nextInt(5);
      byte[] states = new byte[AlarmResponse.stateBytes(d)];
      random.nextBytes(states);
      byte[] more = new byte[extra];
      random.nextBytes(more);
      blocks.add(new AlarmBlock(codes(m), codes(n), code(), code(), code(), states, more));
    }
    return new AlarmResponse(
        header(d, d == Dialect.PACE ? PaceCommand.ALARM : PylonCommand.ALARM),
        d,
        random.nextInt(2),
        echo ? PackAddressing.COMMAND_ECHO : PackAddressing.ALL_PACKS,
        echo ? random.nextInt(16) : packs,
        blocks);
  }

  private List<Integer> codes(int count) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(code());
    }
    return out;
  }

  private int code() {
    int[] codes = {0, 0, 0, 0, 0, 0, 1, 2, 0x80 + random.nextInt(0x70), 0xF0};
    return codes[random.nextInt(codes.length)];
  }

  private ResponseHeader header(Dialect d, CommandCode command) {
    return new ResponseHeader(d.code(), random.nextInt(16), 0x46, Optional.of(command));
  }

  /** The request that this answer answers. */
  static Request requestFor(AnalogResponse r) {
    int command =
        r.addressing() == PackAddressing.ALL_PACKS ? PaceRequests.ALL_PACKS : r.countOrEcho();
    return r.dialect() == Dialect.PACE
        ? PaceRequests.analog(r.header().address(), command)
        : PylonRequests.analog(r.header().address(), command);
  }

  static Request requestFor(AlarmResponse r) {
    int command =
        r.addressing() == PackAddressing.ALL_PACKS ? PaceRequests.ALL_PACKS : r.countOrEcho();
    return r.dialect() == Dialect.PACE
        ? PaceRequests.alarm(r.header().address(), command)
        : PylonRequests.alarm(r.header().address(), command);
  }
}
