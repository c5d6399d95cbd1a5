package io.solargw.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The shipped example and the minimal configuration give exactly the documented values. */
class ExampleConfigTest {

  @Test
  void exampleLoadsWithoutProblemsIntoTheExpectedRecords() throws ConfigException {
    LoadedConfig loaded = ConfigLoader.load(Configs.EXAMPLE, Map.of());

    assertThat(loaded.warnings()).isEmpty();
    GatewayConfig config = loaded.config();
    assertThat(config.gateway()).isEqualTo(new GatewayIdentity("garage-stack"));
    assertThat(config.persistence()).isEqualTo(new PersistenceConfig(Path.of("/data")));
    assertThat(config.buses())
        .containsExactly(
            new InverterBus(
                "inverters",
                new SerialTransport(
                    "/dev/serial/by-id/usb-FTDI_FT232R_USB_UART_A10KXYZ1-if00-port0",
                    9600,
                    Framing.DEFAULT),
                timing(1000, 1, 200),
                List.of(
                    inverter(1, "master", Phase.L1),
                    inverter(2, "slave-l2", Phase.L2),
                    inverter(3, "slave-l3", Phase.L3))),
            new BmsBus(
                "battery",
                new SerialTransport("/dev/ttyUSB1", 9600, Framing.DEFAULT),
                // 1000 ms + (22 + 146 * 4) chars * 10 bits / 9600 baud = 1000 + 632
                timing(1632, 1, 50),
                new BatteryConfig(BatteryMode.ALL_PACKS, 4, BmsProtocolVersion.PACE, 1)),
            new CanBus("battery-can", new SocketCanTransport("can0"), timing(3000, 0, 0)));
    assertThat(config.poll())
        .isEqualTo(
            new PollConfig(
                Duration.ofSeconds(5), Duration.ofSeconds(300), 3, Duration.ofSeconds(60)));
    assertThat(config.mqtt())
        .isEqualTo(
            new MqttConfig(
                true,
                "mosquitto",
                1883,
                MqttVersion.V3_1_1,
                Optional.of("solar"),
                Optional.of(new Secret("change-me")),
                "solar-gateway-garage-stack",
                "solar/garage-stack",
                true,
                "homeassistant",
                Duration.ofSeconds(300),
                Deadband.DEFAULT,
                TlsConfig.DISABLED));
    assertThat(config.http()).isEqualTo(new HttpConfig(true, "0.0.0.0", 8080));
    assertThat(config.writes())
        .isEqualTo(new WritesConfig(false, List.of("WFM", "CHM", "MCC"), Duration.ofSeconds(30)));
    assertThat(config.logging()).isEqualTo(new LoggingConfig(LogLevel.INFO));
  }

  @Test
  void minimalConfigIsOneBusWithAPortAndGetsTheDocumentedDefaults() throws ConfigException {
    LoadedConfig loaded = Configs.load("buses:\n  - port: /dev/ttyUSB0\n");

    assertThat(loaded.warnings()).isEmpty();
    assertThat(loaded.config())
        .isEqualTo(
            new GatewayConfig(
                new GatewayIdentity("solar"),
                new PersistenceConfig(Configs.BASE.resolve("data")),
                List.of(
                    new InverterBus(
                        "inverter",
                        new SerialTransport("/dev/ttyUSB0", 9600, Framing.DEFAULT),
                        timing(1000, 1, 200),
                        List.of(InverterConfig.at(1)))),
                new PollConfig(
                    Duration.ofSeconds(5), Duration.ofSeconds(300), 3, Duration.ofSeconds(60)),
                new MqttConfig(
                    true,
                    "localhost",
                    1883,
                    MqttVersion.V3_1_1,
                    Optional.empty(),
                    Optional.empty(),
                    "solar-gateway-solar",
                    "solar/solar",
                    true,
                    "homeassistant",
                    Duration.ofSeconds(300),
                    new Deadband(0.05, 0.1, 10, 0.5, 1, 0.01),
                    TlsConfig.DISABLED),
                new HttpConfig(true, "127.0.0.1", 8080),
                new WritesConfig(false, List.of(), Duration.ofSeconds(30)),
                new LoggingConfig(LogLevel.INFO)));
  }

  @Test
  void defaultsFollowTheProtocolAndTheGatewayId() throws ConfigException {
    GatewayConfig config =
        Configs.load(
                """
                gateway: {id: shed}
                buses:
                  - port: /dev/ttyUSB0
                    battery: {packs: 15}
                  - port: /dev/ttyUSB1
                    battery: {protocol_version: 0x20, mode: per-pack, packs: 3}
                  - protocol: can
                    port: /dev/ttyACM0
                  - port: inverter-converter:8899
                  - protocol: inverter
                    transport: modbus-tcp
                    port: 192.168.1.60
                mqtt: {tls: {enabled: true}}
                poll: {fast_s: 120}
                """)
            .config();

    assertThat(config.buses())
        .extracting(BusConfig::name)
        .containsExactly("bms", "bms-2", "can", "inverter", "inverter-2");
    BmsBus pace = (BmsBus) config.buses().get(0);
    assertThat(pace.battery().packAddresses()).hasSize(15).startsWith(1).endsWith(15);
    assertThat(pace.timing()).isEqualTo(timing(1000 + 2305, 1, 50));
    BmsBus pylontech = (BmsBus) config.buses().get(1);
    assertThat(pylontech.battery().packAddresses()).containsExactly(2, 3, 4);
    assertThat(pylontech.timing()).isEqualTo(timing(2000, 1, 200));
    assertThat(config.buses().get(2).transport())
        .isEqualTo(new SlcanTransport("/dev/ttyACM0", 115200));
    assertThat(config.buses().get(3).transport())
        .isEqualTo(new TcpTransport("inverter-converter", 8899));
    assertThat(config.buses().get(4).transport())
        .isEqualTo(new ModbusTcpTransport("192.168.1.60", 502));
    assertThat(config.mqtt().port()).isEqualTo(8883);
    assertThat(config.mqtt().baseTopic()).isEqualTo("solar/shed");
    assertThat(config.mqtt().clientId()).isEqualTo("solar-gateway-shed");
    assertThat(config.poll().slow()).isEqualTo(Duration.ofSeconds(300));
    assertThat(config.poll().offlinePoll()).isEqualTo(Duration.ofSeconds(120));
  }

  static BusTiming timing(int timeoutMs, int retries, int gapMs) {
    return new BusTiming(Duration.ofMillis(timeoutMs), retries, Duration.ofMillis(gapMs));
  }

  private static InverterConfig inverter(int address, String name, Phase phase) {
    return new InverterConfig(address, Optional.of(name), Optional.empty(), Optional.of(phase));
  }
}
