package io.solargw.gateway.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.solargw.gateway.http.internal.PrometheusText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PrometheusTextTest {

  @Test
  void labelValuesAreEscapedAndReadBackUnchanged() {
    String nasty = "a\"b\\c\nd";
    String text =
        new PrometheusText()
            .family("solar_gateway_device_available", "gauge", "help with \\ and\nnewline")
            .sample("solar_gateway_device_available", 1, "device", nasty)
            .text();
    assertThat(text).contains("device=\"a\\\"b\\\\c\\nd\"");
    assertThat(text).contains("# HELP solar_gateway_device_available help with \\\\ and\\nnewline");
    List<PrometheusLint.Sample> samples = PrometheusLint.parse(text);
    assertThat(samples).singleElement().extracting(s -> s.labels().get("device")).isEqualTo(nasty);
  }

  @Test
  void valuesAreGoFloats() {
    String text =
        new PrometheusText()
            .family("x", "gauge", "x")
            .sample("x", Double.NaN, "k", "1")
            .sample("x", Double.POSITIVE_INFINITY, "k", "2")
            .sample("x", Double.NEGATIVE_INFINITY, "k", "3")
            .sample("x", 1e20, "k", "4")
            .sample("x", new BigDecimal("2.500"), "k", "5")
            .sample("x", 42L, "k", "6")
            .text();
    assertThat(PrometheusLint.parse(text))
        .extracting(PrometheusLint.Sample::value)
        .containsExactly("NaN", "+Inf", "-Inf", "100000000000000000000", "2.500", "42");
  }

  @Test
  void badNamesAreRefused() {
    assertThatThrownBy(() -> new PrometheusText().family("solar-gateway", "gauge", "h"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("metric name");
    assertThatThrownBy(() -> new PrometheusText().sample("x", 1, "bad-label", "v"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("label name");
  }

  /** The checker itself must catch what a broken writer would produce. */
  record Bad(String why, String text) {
    @Override
    public String toString() {
      return why;
    }
  }

  static Stream<Bad> badTexts() {
    String head = "# HELP x h\n# TYPE x gauge\n";
    return Stream.of(
        new Bad("sample before HELP/TYPE", "x 1\n"),
        new Bad("unescaped quote", head + "x{a=\"b\"c\"} 1\n"),
        new Bad("bad escape", head + "x{a=\"b\\tc\"} 1\n"),
        new Bad("raw newline splits the line", head + "x{a=\"b\nc\"} 1\n"),
        new Bad("value not a number", head + "x 1,5\n"),
        new Bad("no value", head + "x{a=\"b\"}\n"),
        new Bad("family reopened", head + "x 1\n# HELP y h\n# TYPE y gauge\ny 1\nx 2\n"),
        new Bad("second TYPE", head + "# TYPE x counter\nx 1\n"),
        new Bad("missing final newline", head + "x 1"),
        new Bad("blank line", head + "\nx 1\n"),
        new Bad("bad type", "# HELP x h\n# TYPE x thing\n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badTexts")
  void theCheckerRejects(Bad bad) {
    assertThatThrownBy(() -> PrometheusLint.parse(bad.text())).isInstanceOf(AssertionError.class);
  }

  @Test
  void theCheckerAcceptsAGoodText() {
    String text = "# HELP x h\n# TYPE x counter\nx{a=\"1\",b=\"\\\\\"} 3 1700000000000\nx 4\n";
    assertThat(PrometheusLint.parse(text))
        .extracting(PrometheusLint.Sample::labels)
        .containsExactly(Map.of("a", "1", "b", "\\"), Map.of());
  }
}
