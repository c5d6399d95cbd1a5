package io.solargw.mqtt.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintableTest {

  @Test
  void keepsPrintableTextAsItIs() {
    assertThat(Printable.of("SBU é 💡 ± 'x'")).isEqualTo("SBU é 💡 ± 'x'");
  }

  @Test
  void escapesWhatCouldBreakOrForgeALine() {
    String in = "UTI" + '\n' + "WARN forged" + '\r' + '\t' + (char) 0 + (char) 0x1b + "[31m";
    assertThat(Printable.of(in)).isEqualTo("UTI\\nWARN forged\\r\\t\\u0000\\u001b[31m");
    String separators = "x" + (char) 0x2028 + "y" + (char) 0x200e + "z" + (char) 0x85;
    assertThat(Printable.of(separators)).isEqualTo("x\\u2028y\\u200ez\\u0085");
  }
}
