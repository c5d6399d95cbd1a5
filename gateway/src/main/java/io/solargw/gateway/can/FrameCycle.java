package io.solargw.gateway.can;

import java.util.HashSet;
import java.util.Set;

/**
 * Tells when the battery has sent a full frame set. The master pack broadcasts its 6-7 frames once
 * a second (bms.md 6.1) in a fixed order, but which ids make a set depends on the firmware dialect
 * (V1.2 sends 0x359/0x35C, V1.3 0x35A/0x35F instead). So the set is learned: a cycle ends when an
 * id repeats; from then on a cycle is complete as soon as every id of the previous cycle has come
 * again. Not thread-safe.
 */
final class FrameCycle {

  private final Set<Integer> current = new HashSet<>();
  private Set<Integer> previous = Set.of();
  private boolean signalled;

  /**
   * Records a battery frame's id.
   *
   * @return true exactly once per cycle, at the frame that completes it
   */
  boolean accept(int id) {
    boolean complete = false;
    if (current.contains(id)) { // the next cycle starts
      complete = !signalled; // the set changed: close the cycle now
      previous = Set.copyOf(current);
      current.clear();
      signalled = false;
    }
    current.add(id);
    if (!signalled && !previous.isEmpty() && current.containsAll(previous)) {
      signalled = true;
      complete = true;
    }
    return complete;
  }
}
