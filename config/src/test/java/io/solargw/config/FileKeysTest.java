package io.solargw.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keys that name files: resolved against the config file's folder and checked to exist. */
class FileKeysTest {

  @TempDir Path dir;

  @Test
  void relativePathsStartAtTheConfigFilesFolder() throws IOException, ConfigException {
    Files.writeString(dir.resolve("profile.yaml"), "points: []\n");
    Files.writeString(dir.resolve("rack.log"), "(0.0) can0 351#00\n");
    Files.writeString(dir.resolve("ca.pem"), "pem");
    Files.writeString(dir.resolve("mqtt-password"), "s3cret pass\n");
    Path config = dir.resolve("solar-gateway.yaml");
    Files.writeString(
        config,
        """
        persistence: {directory: state}
        buses:
          - port: /dev/ttyUSB0
            inverters: [{address: 1, profile: profile.yaml}]
          - protocol: can
            transport: candump-replay
            port: ./rack.log
        mqtt:
          username: solar
          password_file: mqtt-password
          tls: {enabled: true, ca_file: ca.pem}
        """);

    GatewayConfig loaded = ConfigLoader.load(config, Map.of()).config();

    assertThat(loaded.persistence().directory()).isEqualTo(dir.resolve("state"));
    InverterBus inverters = (InverterBus) loaded.buses().get(0);
    assertThat(inverters.inverters().get(0).profile()).contains(dir.resolve("profile.yaml"));
    assertThat(loaded.buses().get(1).transport())
        .isEqualTo(new CandumpReplayTransport(dir.resolve("rack.log")));
    assertThat(loaded.mqtt().password()).contains(new Secret("s3cret pass"));
    assertThat(loaded.mqtt().tls().caFile()).contains(dir.resolve("ca.pem"));
  }

  @Test
  void emptyPasswordFileAndDirectoryAsFileAreErrors() throws IOException {
    Files.writeString(dir.resolve("empty"), "\n");
    Files.writeString(dir.resolve("state"), "not a folder");
    Path config = dir.resolve("solar-gateway.yaml");
    Files.writeString(
        config,
        """
        persistence: {directory: state}
        buses: [{port: /dev/ttyUSB0}]
        mqtt: {username: u, password_file: empty}
        """);

    List<ConfigProblem> problems = problemsOf(config);

    assertThat(problems)
        .extracting(ConfigProblem::toString)
        .containsExactly(
            "solar-gateway.yaml:1:26: persistence.directory: "
                + dir.resolve("state")
                + " is a file, not a folder",
            "solar-gateway.yaml:3:36: mqtt.password_file: " + dir.resolve("empty") + " is empty");
  }

  @Test
  void unreadableFilesAreReportedWithoutParsing() throws IOException {
    Path missing = dir.resolve("missing.yaml");
    Path latin1 = dir.resolve("latin1.yaml");
    Files.write(latin1, new byte[] {'i', 'd', ':', ' ', (byte) 0xE9});

    assertThat(problemsOf(missing))
        .extracting(ConfigProblem::toString)
        .containsExactly("missing.yaml: file not found: " + missing);
    assertThat(problemsOf(latin1))
        .extracting(ConfigProblem::toString)
        .containsExactly(
            "latin1.yaml:1:5: byte 0xE9 is not UTF-8 text; save the file as UTF-8"
                + " (is it the right file?)");
  }

  @Test
  void disabledMqttDoesNotNeedItsFiles() throws ConfigException {
    MqttConfig mqtt =
        Configs.load(
                """
                buses: [{port: /dev/ttyUSB0}]
                mqtt:
                  enabled: false
                  username: u
                  password_file: /nonexistent/secret
                  tls: {enabled: true, ca_file: /nonexistent/ca.pem}
                """)
            .config()
            .mqtt();

    assertThat(mqtt.enabled()).isFalse();
    assertThat(mqtt.password()).isEqualTo(Optional.empty());
  }

  private static List<ConfigProblem> problemsOf(Path config) {
    try {
      ConfigLoader.load(config, Map.of());
    } catch (ConfigException e) {
      return e.problems();
    }
    throw new AssertionError("loading " + config + " must fail");
  }
}
