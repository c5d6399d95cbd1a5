package io.solargw.gateway.can;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameCycleTest {

  private static List<Integer> completions(FrameCycle cycle, int... ids) {
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < ids.length; i++) {
      if (cycle.accept(ids[i])) {
        at.add(i);
      }
    }
    return at;
  }

  @Test
  void theFirstSetEndsWhenAnIdRepeatsThenEachSetAtItsLastFrame() {
    int[] v12 = {0x351, 0x355, 0x356, 0x359, 0x35C, 0x35E};
    int[] three = new int[18];
    for (int i = 0; i < 18; i++) {
      three[i] = v12[i % 6];
    }
    assertThat(completions(new FrameCycle(), three)).containsExactly(6, 11, 17);
  }

  @Test
  void aDialectWithOtherIdsIsLearnedTheSameWay() {
    int[] v13 = {
      0x351, 0x355, 0x356, 0x35A, 0x35E, 0x35F, 0x351, 0x355, 0x356, 0x35A, 0x35E, 0x35F
    };
    assertThat(completions(new FrameCycle(), v13)).containsExactly(6, 11);
  }

  @Test
  void aSetThatShrinksClosesWhenItsFirstIdComesAgain() {
    // 0x35C stops being sent: the second set never contains every id of the first
    int[] ids = {0x351, 0x355, 0x35C, 0x351, 0x355, 0x351, 0x355, 0x351};
    assertThat(completions(new FrameCycle(), ids)).containsExactly(3, 5, 6);
  }

  @Test
  void aSingleIdCompletesASetWithEveryFrameAfterTheFirst() {
    assertThat(completions(new FrameCycle(), 0x356, 0x356, 0x356)).containsExactly(1, 2);
  }
}
