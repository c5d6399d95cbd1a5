package io.solargw.protocol.bms.pace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.solargw.protocol.bms.BmsProtocolException;
import io.solargw.protocol.bms.BmsProtocolException.Reason;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The documents' worked checksum examples, the LCHKSUM edge case and zero padding. */
class FrameCodecTest {

  @Test
  void lchksumWorkedExamples() {
    assertThat(FrameCodec.lchksum(0x012)).isEqualTo(0xD); // PACE18 §2.3.4: LENGTH D012
    assertThat(FrameCodec.lchksum(0x000)).isZero();
    assertThat(FrameCodec.lchksum(0x002)).isEqualTo(0xE);
    assertThat(FrameCodec.lchksum(0x07A)).isEqualTo(0xF);
    assertThat(FrameCodec.lchksum(0x0F0)).isEqualTo(0x1);
    // nibble sum 16: LCHKSUM 0, not an overflowing 0x10 (bms.md §1.4, vector W1 "004C")
    assertThat(FrameCodec.lchksum(0x04C)).isZero();
  }

  @Test
  void chksumWorkedExample() {
    byte[] body = "1203400356ABCEFE".getBytes(StandardCharsets.US_ASCII);
    assertThat(FrameCodec.chksum(body, 0, body.length)).isEqualTo(0xFC72); // PACE18 §2.4
  }

  @Test
  void smallChecksumsAreZeroPaddedToFourDigits() throws Exception {
    // Grow an INFO of 0xFF bytes until the ASCII sum passes 0xF000 mod 65536 and CHKSUM falls
    // below 0x1000 (bmspace's unpadded format() would print 3 digits there, bms.md §1.5).
    Frame frame = null;
    String chk = "";
    for (int n = 1; n <= Frame.MAX_INFO_BYTES && chk.isEmpty(); n++) {
      byte[] info = new byte[n];
      Arrays.fill(info, (byte) 0xFF);
      frame = new Frame(0x25, 1, 0x46, 0, info);
      String text = new String(frame.encode(), StandardCharsets.US_ASCII);
      String c = text.substring(text.length() - 5, text.length() - 1);
      chk = Integer.parseInt(c, 16) < 0x1000 ? c : "";
    }
    byte[] wire = frame.encode();
    assertThat(chk).hasSize(4).startsWith("0");
    assertThat(FrameCodec.decode(wire)).isEqualTo(frame);
    RoundTripTest.checkChecksums(wire, "padded");
  }

  @Test
  void aChecksumWrittenInAnotherLetterCaseIsRejected() {
    String v1 = (String) Vectors.byId("V1").get("frame");
    String flipped = v1.substring(0, v1.length() - 3) + "3aC";
    BmsProtocolException e =
        catchThrowableOfType(
            BmsProtocolException.class, () -> FrameCodec.decode(Vectors.wire(flipped)));
    assertThat(e.reason()).isEqualTo(Reason.CHECKSUM);
    assertThat(e.getMessage()).contains("'E3aC'").contains("computed E3AC");
  }

  @Test
  void aRequestWithoutInfoEncodesAsDocumented() {
    assertThat(new String(PaceRequests.packCount(1).encode(), StandardCharsets.US_ASCII))
        .isEqualTo("~250146900000FDA5\r");
  }
}
