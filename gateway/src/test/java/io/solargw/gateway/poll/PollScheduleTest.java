package io.solargw.gateway.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Devices stay on their bus's grid: next due is one interval after the slot, not after the poll.
 */
class PollScheduleTest {

  private static final Duration FIVE_S = Duration.ofSeconds(5);
  private static final long S = 1_000_000_000L;

  @Test
  void nextSlotIsOneIntervalAfterTheSlotNotAfterThePoll() {
    // due at 100 s, polled 1.3 s late (the devices before it on the bus took that long)
    assertThat(PollSchedule.nextDue(100 * S, 101_300_000_000L, FIVE_S)).isEqualTo(105 * S);
  }

  @Test
  void aBusBehindByLessThanAnIntervalCatchesUpAtOnce() {
    // the slot at 105 s has passed already at 107 s: due now (in the past), the grid is kept
    assertThat(PollSchedule.nextDue(100 * S, 107 * S, FIVE_S)).isEqualTo(105 * S);
  }

  @Test
  void aBusFarBehindSkipsWholeIntervalsInsteadOfQueueingThem() {
    // a first cycle of 23 s: one catch-up poll, on the grid, not four
    long next = PollSchedule.nextDue(100 * S, 123 * S, FIVE_S);
    assertThat(next).isEqualTo(120 * S);
    assertThat(123 * S - next).isLessThanOrEqualTo(5 * S);
  }
}
