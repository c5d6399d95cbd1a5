package io.solargw.gateway.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.solargw.config.BusTiming;
import io.solargw.config.CanBus;
import io.solargw.config.CandumpReplayTransport;
import io.solargw.config.SlcanTcpTransport;
import io.solargw.config.SlcanTransport;
import io.solargw.config.SocketCanTransport;
import io.solargw.config.Transport;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CanSourcesTest {

  private static CanSource source(Transport transport) {
    BusTiming timing = new BusTiming(Duration.ofSeconds(3), 0, Duration.ZERO);
    return CanSources.of(new CanBus("battery-can", transport, timing));
  }

  @Test
  void eachCanTransportBecomesItsSource() {
    assertThat(source(new SlcanTransport("/dev/ttyACM0", 115200)))
        .isInstanceOf(SlcanSource.class)
        .extracting(CanSource::describe)
        .isEqualTo("slcan /dev/ttyACM0 115200 8N1");
    assertThat(source(new SlcanTcpTransport("192.168.1.60", 8899)))
        .isInstanceOf(SlcanSource.class)
        .extracting(CanSource::describe)
        .isEqualTo("slcan tcp://192.168.1.60:8899");
    assertThat(source(new SocketCanTransport("can0")))
        .isInstanceOf(SocketCanSource.class)
        .extracting(CanSource::describe)
        .isEqualTo("socketcan can0");
    assertThat(source(new CandumpReplayTransport(Path.of("/data/rack.log"))))
        .isInstanceOf(CandumpReplaySource.class)
        .extracting(CanSource::describe)
        .isEqualTo("candump-replay /data/rack.log at 1.0x, looping");
  }
}
