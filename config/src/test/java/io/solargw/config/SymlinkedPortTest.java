package io.solargw.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Two buses on one port" sees through udev's {@code /dev/serial/by-id} symlinks: real files and
 * links in a temporary folder stand in for {@code /dev}.
 */
class SymlinkedPortTest {

  @TempDir Path dev;
  private Path tty;
  private Path byId;

  @BeforeEach
  void devices() throws IOException {
    tty = Files.createFile(dev.resolve("ttyUSB0"));
    Files.createFile(dev.resolve("ttyUSB1"));
    Path folder = Files.createDirectories(dev.resolve("serial/by-id"));
    byId = Files.createSymbolicLink(folder.resolve("usb-FTDI_FT232R_A10K1234-if00-port0"), tty);
  }

  @Test
  void aByIdLinkAndTheDeviceItLinksToAreOnePort() throws IOException {
    List<ConfigProblem> errors = Configs.errors(twoBuses(byId, tty));

    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).keyPath()).isEqualTo("buses[1].port");
    assertThat(errors.get(0).message())
        .contains("is already used by buses[0] (line 5)")
        .contains("(both are " + tty.toRealPath() + ")");
  }

  @Test
  void twoLinksToOneDeviceAreOnePortEvenForACanAdapter() throws IOException {
    Path relative =
        Files.createSymbolicLink(dev.resolve("serial/by-id/other-name"), Path.of("../../ttyUSB0"));
    String yaml =
        twoBuses(byId, tty).replace("port: " + tty, "port: " + relative)
            + "  - name: can\n    port: "
            + byId
            + "\n    protocol: can\n";

    List<ConfigProblem> errors = Configs.errors(yaml);

    assertThat(errors)
        .extracting(ConfigProblem::keyPath)
        .containsExactly("buses[1].port", "buses[2].port");
  }

  @Test
  void differentDevicesAndAbsentPathsAreComparedAsWritten() throws ConfigException {
    assertThat(Configs.load(twoBuses(byId, dev.resolve("ttyUSB1"))).config().buses()).hasSize(2);
    assertThat(
            Configs.load(twoBuses(dev.resolve("absent0"), dev.resolve("absent1"))).config().buses())
        .hasSize(2);
    assertThat(Configs.errors(twoBuses(dev.resolve("absent0"), dev.resolve("./absent0"))))
        .extracting(ConfigProblem::message)
        .singleElement()
        .asString()
        .doesNotContain("both are");
  }

  private static String twoBuses(Path first, Path second) {
    return """
        gateway:
          id: garage
        buses:
          - name: inverters
            port: %s
            inverters:
              - address: 1
          - name: battery
            port: %s
            battery: {packs: 2}
        """
        .formatted(first, second);
  }
}
