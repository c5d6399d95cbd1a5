package io.solargw.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An SLCAN adapter behind a serial-to-Ethernet box: {@code transport: slcan-tcp}, host:port. */
class SlcanTcpConfigTest {

  private static CanBus can(String bus) throws ConfigException {
    LoadedConfig loaded = Configs.load("buses:\n" + bus);
    assertThat(loaded.warnings()).isEmpty();
    return (CanBus) loaded.config().buses().get(0);
  }

  @Test
  void explicitTransportTakesHostAndPort() throws ConfigException {
    CanBus bus =
        can(
            """
              - protocol: can
                transport: slcan-tcp
                port: 192.168.1.60:8899
            """);
    assertThat(bus.transport()).isEqualTo(new SlcanTcpTransport("192.168.1.60", 8899));
    assertThat(bus.transport().kind().keyword()).isEqualTo("slcan-tcp");
  }

  @Test
  void hostAndPortOnACanBusImplySlcanTcp() throws ConfigException {
    CanBus bus = can("  - {protocol: can, port: 'can-box.local:4001'}\n");
    assertThat(bus.transport()).isEqualTo(new SlcanTcpTransport("can-box.local", 4001));
  }

  @Test
  void aConverterCannotCarryTwoBuses() {
    assertThat(
            Configs.errors(
                """
                buses:
                  - protocol: can
                    port: 192.168.1.60:8899
                  - protocol: inverter
                    port: 192.168.1.60:8899
                    inverters: [{address: 1}]
                """))
        .extracting(ConfigProblem::keyPath)
        .containsExactly("buses[1].port");
  }
}
