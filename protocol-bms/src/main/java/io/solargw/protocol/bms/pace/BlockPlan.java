package io.solargw.protocol.bms.pace;

import io.solargw.protocol.bms.BmsProtocolException;
import io.solargw.protocol.bms.BmsProtocolException.Reason;
import io.solargw.protocol.bms.pace.internal.InfoReader;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * Decides how the pack blocks of a 0x42/0x44 answer are laid out: how many blocks, and the tail
 * length every block shares (bms.md §3.6).
 *
 * <p>With the request known its COMMAND decides: 0xFF means the byte after INFOFLAG is a block
 * count, anything else that it is an echo and one block follows. Without it, both readings are
 * tried and the one whose blocks consume INFO exactly wins; a count of 1 reads the same either way.
 * For several blocks the common tail length T is searched in the documented range; if more than one
 * T fits, the one giving every block the same cell and temperature counts is taken, and anything
 * still ambiguous is a LAYOUT error rather than a guess.
 */
final class BlockPlan {

  /**
   * How a block's length follows from its cell count M and temperature count N, and (analog only)
   * whether a block at a given start looks physically plausible.
   */
  record Shape(
      String what, int cellBytes, int temperatureBytes, int overhead, Plausibility plausibility) {}

  /** Extra evidence for one reading of the blocks when several tail lengths fit. */
  interface Plausibility {
    /** Points for the blocks starting at {@code starts} (higher = more plausible). */
    int score(byte[] info, List<Integer> starts);
  }

  /** The decision. */
  record Plan(PackAddressing addressing, int blocks, int tail) {}

  private record Outcome(Plan plan, String problem) {}

  private static final int START = 2;

  private BlockPlan() {}

  static Plan resolve(
      byte[] info,
      Supplier<byte[]> wire,
      OptionalInt requestCommand,
      Shape shape,
      int minTail,
      int maxTail,
      int maxSingleTail)
      throws BmsProtocolException {
    if (info.length < START) {
      throw new BmsProtocolException(
          Reason.TRUNCATED,
          InfoReader.frameOffset(info.length),
          shape.what
              + " answer has "
              + info.length
              + " INFO byte(s); it needs INFOFLAG and the pack count / command byte",
          wire.get());
    }
    int second = info[1] & 0xFF;
    Outcome outcome;
    if (requestCommand.isPresent()) {
      outcome =
          requestCommand.getAsInt() == PaceRequests.ALL_PACKS
              ? allPacks(info, second, shape, minTail, maxTail)
              : single(info, shape, 0, maxSingleTail);
    } else {
      Outcome all = second == 0 ? null : allPacks(info, second, shape, minTail, maxTail);
      Outcome one = single(info, shape, minTail, maxTail);
      boolean allOk = all != null && all.plan != null;
      if (one.plan != null && (!allOk || second == 1)) {
        outcome = one;
      } else if (allOk && one.plan == null) {
        outcome = all;
      } else if (allOk) {
        outcome =
            new Outcome(
                null,
                "both a pack count of "
                    + second
                    + " and a single echoed block fit; pass the request to decide");
      } else {
        String countProblem =
            all == null ? "" : "; as a pack count of " + second + ": " + all.problem;
        outcome = new Outcome(null, "as a command echo: " + one.problem + countProblem);
      }
    }
    if (outcome.plan == null) {
      throw new BmsProtocolException(
          Reason.LAYOUT,
          InfoReader.frameOffset(START),
          shape.what + " blocks do not fit INFO: " + outcome.problem,
          wire.get());
    }
    return outcome.plan;
  }

  private static Outcome single(byte[] info, Shape shape, int minTail, int maxTail) {
    int fixed = fixedLength(info, START, shape);
    if (fixed < 0) {
      return new Outcome(null, countsProblem(info, START, shape));
    }
    int tail = info.length - START - fixed;
    if (tail < minTail || tail > maxTail) {
      String counts = counts(info, START, shape);
      return new Outcome(
          null,
          String.format(
              "%s; the block then ends at INFO byte %d but INFO has %d bytes (%d left over,"
                  + " allowed %d..%d)",
              counts, START + fixed + minTail, info.length, tail, minTail, maxTail));
    }
    return new Outcome(new Plan(PackAddressing.COMMAND_ECHO, 1, tail), null);
  }

  private static Outcome allPacks(byte[] info, int count, Shape shape, int minTail, int maxTail) {
    if (count == 0) {
      return info.length == START
          ? new Outcome(new Plan(PackAddressing.ALL_PACKS, 0, 0), null)
          : new Outcome(null, "pack count 0 but " + (info.length - START) + " bytes follow");
    }
    List<Integer> fits = new ArrayList<>();
    List<Integer> scores = new ArrayList<>();
    for (int tail = minTail; tail <= maxTail; tail++) {
      List<Integer> starts = new ArrayList<>();
      int pos = START;
      for (int b = 0; b < count && pos >= 0; b++) {
        starts.add(pos);
        int fixed = fixedLength(info, pos, shape);
        pos = fixed < 0 ? -1 : pos + fixed + tail;
      }
      if (pos == info.length) {
        fits.add(tail);
        scores.add(score(info, starts, shape));
      }
    }
    int best = scores.stream().mapToInt(Integer::intValue).max().orElse(-1);
    List<Integer> winners = new ArrayList<>();
    for (int i = 0; i < fits.size(); i++) {
      if (scores.get(i) == best) {
        winners.add(fits.get(i));
      }
    }
    if (winners.size() == 1) {
      return new Outcome(new Plan(PackAddressing.ALL_PACKS, count, winners.get(0)), null);
    }
    if (fits.isEmpty()) {
      return new Outcome(
          null,
          String.format(
              "no tail length %d..%d makes %d blocks end exactly at INFO byte %d (block 1: %s)",
              minTail, maxTail, count, info.length, counts(info, START, shape)));
    }
    return new Outcome(
        null, "ambiguous: tail lengths " + fits + " all make " + count + " blocks fit");
  }

  /** Block length without tail, or -1 if the counts run past the end of INFO or M is 0. */
  static int fixedLength(byte[] info, int pos, Shape shape) {
    if (pos >= info.length || info[pos] == 0) {
      return -1;
    }
    int m = info[pos] & 0xFF;
    int nPos = pos + 1 + shape.cellBytes * m;
    if (nPos >= info.length) {
      return -1;
    }
    int n = info[nPos] & 0xFF;
    return shape.cellBytes * m + shape.temperatureBytes * n + shape.overhead;
  }

  /**
   * Tie-break for several fitting tail lengths: the shape's physical plausibility first (weight 2),
   * then whether every block has the cell and temperature counts of the first (a rack of identical
   * packs, weight 1).
   */
  private static int score(byte[] info, List<Integer> starts, Shape shape) {
    int first = starts.get(0);
    int m1 = info[first] & 0xFF;
    boolean same = true;
    for (int pos : starts) {
      int m = info[pos] & 0xFF;
      same &=
          m1 == m && info[first + 1 + shape.cellBytes * m1] == info[pos + 1 + shape.cellBytes * m];
    }
    int physical = shape.plausibility == null ? 0 : shape.plausibility.score(info, starts);
    return 2 * physical + (same ? 1 : 0);
  }

  private static String countsProblem(byte[] info, int pos, Shape shape) {
    if (pos >= info.length) {
      return "INFO ends before the cell count at INFO byte " + pos;
    }
    int m = info[pos] & 0xFF;
    if (m == 0) {
      return "cell count 0 at INFO byte " + pos;
    }
    return String.format(
        "cell count %d at INFO byte %d puts the temperature count at INFO byte %d, past the end"
            + " of INFO (%d bytes)",
        m, pos, pos + 1 + shape.cellBytes * m, info.length);
  }

  private static String counts(byte[] info, int pos, Shape shape) {
    if (fixedLength(info, pos, shape) < 0) {
      return countsProblem(info, pos, shape);
    }
    int m = info[pos] & 0xFF;
    int nPos = pos + 1 + shape.cellBytes * m;
    return String.format(
        "cell count %d at INFO byte %d puts the temperature count at INFO byte %d, which reads %d",
        m, pos, nPos, info[nPos] & 0xFF);
  }
}
