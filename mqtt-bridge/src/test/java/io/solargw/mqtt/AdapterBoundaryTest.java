package io.solargw.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Each third-party library is touched by one adapter class (house style). */
class AdapterBoundaryTest {

  private static final Path MAIN = Path.of("src/main/java");

  private static List<String> filesMentioning(String text) throws IOException {
    try (Stream<Path> files = Files.walk(MAIN)) {
      return files
          .filter(f -> f.toString().endsWith(".java"))
          .filter(
              f -> {
                try {
                  return Files.readString(f).contains(text);
                } catch (IOException e) {
                  throw new IllegalStateException(e);
                }
              })
          .map(f -> f.getFileName().toString())
          .toList();
    }
  }

  @Test
  void pahoOnlyInTheLinkAdapter() throws IOException {
    assertThat(filesMentioning("org.eclipse.paho")).containsExactly("PahoLink.java");
  }

  @Test
  void jacksonOnlyInTheJsonAdapter() throws IOException {
    assertThat(filesMentioning("com.fasterxml")).containsExactly("Json.java");
  }
}
