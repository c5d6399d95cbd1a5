package io.solargw.gateway.poll;

import static org.assertj.core.api.Assertions.assertThat;

import io.solargw.protocol.inverter.rtu.ReadRequest;
import io.solargw.protocol.inverter.rtu.WriteSingleRequest;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class OwedAnswersTest {

  private final AtomicLong now = new AtomicLong();
  private final OwedAnswers owed = new OwedAnswers(now::get);

  @Test
  void aTimedOutRequestIsOwedUntilForgotten() {
    owed.timedOut(ReadRequest.holding(1, 0x100, 4));
    assertThat(owed.owes(1)).isTrue();
    assertThat(owed.owes(2)).isFalse();

    now.addAndGet(OwedAnswers.FORGET_AFTER.toNanos());
    assertThat(owed.owes(1)).isTrue();
    now.addAndGet(1);
    assertThat(owed.owes(1)).isFalse();
  }

  @Test
  void theShapeIsFunctionAndLengthNotAddress() {
    owed.timedOut(ReadRequest.holding(1, 0x100, 4));
    assertThat(owed.owesShapeOf(ReadRequest.holding(1, 0x200, 4))).isTrue();
    assertThat(owed.owesShapeOf(ReadRequest.holding(1, 0x100, 5))).isFalse();
    assertThat(owed.owesShapeOf(ReadRequest.holding(2, 0x100, 4))).isFalse();
    assertThat(owed.owesShapeOf(new WriteSingleRequest(1, 0x100, 4))).isFalse();
  }

  @Test
  void aShapeOwedTwiceIsSettledOnlyUpToItsFirstRequest() {
    ReadRequest r = ReadRequest.holding(1, 0x100, 4);
    owed.timedOut(r);
    owed.timedOut(r);
    owed.cameLate(1, 0x03, 5 + 2 * 4); // the first one's answer, for all anyone can tell
    assertThat(owed.count(1)).isEqualTo(1);
  }

  @Test
  void theProbeIsTheShortestUnowedPrefixOfTheLongestAnsweredRead() {
    owed.answered(ReadRequest.holding(1, 0x200, 3));
    owed.answered(ReadRequest.holding(1, 0x100, 10));
    owed.answered(ReadRequest.holding(1, 0x300, 2));
    owed.timedOut(ReadRequest.holding(1, 0x400, 1));
    owed.timedOut(ReadRequest.holding(1, 0x500, 2));

    assertThat(owed.probe(1, ReadRequest.holding(1, 0x400, 1)))
        .contains(ReadRequest.holding(1, 0x100, 3));
  }

  @Test
  void withNothingAnsweredTheProbeIsAPrefixOfTheNextRead() {
    owed.timedOut(ReadRequest.holding(1, 0x400, 1));
    assertThat(owed.probe(1, ReadRequest.holding(1, 0x600, 2)))
        .contains(ReadRequest.holding(1, 0x600, 2));
    assertThat(owed.probe(1, ReadRequest.holding(1, 0x600, 1))).isEmpty();
    assertThat(owed.probe(1, new WriteSingleRequest(1, 0x100, 4))).isEmpty();
  }

  @Test
  void aLateAnswerSettlesItsRequestAndEveryOneBefore() {
    owed.timedOut(ReadRequest.holding(1, 0x100, 4));
    owed.timedOut(ReadRequest.holding(1, 0x100, 1));
    owed.timedOut(ReadRequest.holding(1, 0x100, 2));

    owed.cameLate(1, 0x03, 5 + 2 * 1);

    assertThat(owed.count(1)).isEqualTo(1);
    assertThat(owed.owesShapeOf(ReadRequest.holding(1, 0x100, 2))).isTrue();
    owed.cameLate(1, 0x83, 5); // an exception: whose, nobody can tell
    assertThat(owed.count(1)).isEqualTo(1);
    owed.cameLate(1, 0x03, 5 + 2 * 2);
    assertThat(owed.owes(1)).isFalse();
  }
}
