package io.solargw.gateway.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlcanLineBufferTest {

  private static final String STREAM =
      "\r\u0007t35181402740E740ECC01\r\n" + "t3554470064000\rV1013\r" + "z\rt3590\r";

  /** Every token of {@code stream}, fed to the buffer {@code chunk} bytes at a time. */
  private static List<SlcanLineBuffer.Token> tokens(String stream, int chunk) throws Exception {
    FakeSlcanLink link = new FakeSlcanLink();
    for (int i = 0; i < stream.length(); i += chunk) {
      link.send(stream.substring(i, Math.min(stream.length(), i + chunk)));
    }
    SlcanLineBuffer buffer = new SlcanLineBuffer();
    List<SlcanLineBuffer.Token> out = new ArrayList<>();
    for (int reads = 0; reads <= stream.length(); reads++) {
      for (SlcanLineBuffer.Token t = buffer.next(); t != null; t = buffer.next()) {
        out.add(t);
      }
      buffer.fill(link, 1);
    }
    return out;
  }

  @ParameterizedTest(name = "chunks of {0} bytes")
  @ValueSource(ints = {1, 2, 3, 5, 7, 13, 64})
  void splitsRepliesTheSameWayInEveryChunkSize(int chunk) throws Exception {
    assertThat(tokens(STREAM, chunk))
        .containsExactly(
            new SlcanLineBuffer.Line(""),
            new SlcanLineBuffer.Bell(),
            new SlcanLineBuffer.Line("t35181402740E740ECC01"),
            new SlcanLineBuffer.Line("t3554470064000"),
            new SlcanLineBuffer.Line("V1013"),
            new SlcanLineBuffer.Line("z"),
            new SlcanLineBuffer.Line("t3590"));
  }

  @Test
  void aRunWithoutTerminatorIsDroppedOnceAndTheNextLineIsReadAgain() throws Exception {
    String noise = "x".repeat(40);
    assertThat(tokens(noise + "more noise\rt3590\r", 8))
        .containsExactly(new SlcanLineBuffer.Overlong(40), new SlcanLineBuffer.Line("t3590"));
  }

  @Test
  void aBellRightAfterTextEndsThatTextAsALine() throws Exception {
    assertThat(tokens("t359\u0007\r", 16))
        .containsExactly(
            new SlcanLineBuffer.Line("t359"),
            new SlcanLineBuffer.Bell(),
            new SlcanLineBuffer.Line(""));
  }
}
