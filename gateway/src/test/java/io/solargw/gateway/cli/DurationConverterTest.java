package io.solargw.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

class DurationConverterTest {

  private final DurationConverter converter = new DurationConverter();

  @ParameterizedTest
  @CsvSource({"90s, 90", "10m, 600", "2h, 7200", "1h30m, 5400", "2m30s, 150", "' 5M ', 300"})
  void readsDurationsAsPeopleWriteThem(String text, long seconds) {
    assertThat(converter.convert(text)).isEqualTo(Duration.ofSeconds(seconds));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "10", "m", "10 m", "10x", "1h-5m", "PT10M"})
  void refusesAnythingElseWithTheExpectedForm(String text) {
    assertThatThrownBy(() -> converter.convert(text))
        .isInstanceOf(TypeConversionException.class)
        .hasMessage("'" + text + "' is not a duration; write it like 90s, 10m, 2h or 1h30m");
  }
}
