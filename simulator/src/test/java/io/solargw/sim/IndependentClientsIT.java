package io.solargw.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.solargw.sim.clients.Tools;
import io.solargw.sim.site.UnitState;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The inverter stack read by clients that share no code with the project: mbpoll over Modbus TCP
 * and over Modbus RTU on a socat pty, and pymodbus 3.0 over Modbus TCP and RTU-over-TCP. Values are
 * compared with the site model (registers per protocol doc 3: SOC %, V x 10, battery current x 10
 * with positive = discharging, PV W).
 */
class IndependentClientsIT {

  @TempDir Path dir;
  private Simulation sim;

  @BeforeEach
  void start() throws Exception {
    sim =
        Simulation.start(
            SimulationOptions.builder()
                .inverters(3)
                .threePhase(true)
                .packs(4)
                .baud(9600)
                .start(LocalDateTime.of(2026, 6, 21, 12, 0))
                .modbusTcp(new InetSocketAddress("127.0.0.1", 0))
                .inverterPty(dir.resolve("ttyINV"))
                .build());
    sim.advance(60);
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  private void assertDcBlock(int unit, Map<Integer, Long> byReference) {
    UnitState u = sim.state().units().get(unit - 1);
    assertThat(byReference).as("mbpoll references 257..268 = 0x0100..0x010B").hasSize(12);
    assertThat(byReference.get(257)).isEqualTo(Math.round(sim.state().battery().socPercent()));
    assertThat((double) byReference.get(258)).isCloseTo(u.batteryVolts() * 10, within(0.51));
    double rawCurrent = (short) (long) byReference.get(259);
    assertThat(rawCurrent).isCloseTo(-u.batteryAmps() * 10, within(0.51));
    assertThat((double) byReference.get(266)).isCloseTo(u.pvWatts(), within(0.51));
  }

  private List<String> mbpollTcp(int unit, String... rest) {
    List<String> c = new ArrayList<>(List.of("mbpoll", "-m", "tcp"));
    c.addAll(List.of("-p", String.valueOf(sim.modbusTcp().orElseThrow().getPort())));
    c.addAll(List.of("-a", String.valueOf(unit), "-1", "-o", "2"));
    c.addAll(List.of(rest));
    return c;
  }

  @Test
  void mbpollOverModbusTcpReadsEveryUnit() throws Exception {
    for (int unit = 1; unit <= 3; unit++) {
      Tools.Result r =
          Tools.run(mbpollTcp(unit, "-r", "257", "-c", "12", "-t", "4:hex", "127.0.0.1"));
      assertThat(r.exit()).as(r.output()).isZero();
      assertDcBlock(unit, Tools.mbpollValues(r.output()));
    }
    // 32-bit totals keep the low word first: mbpoll's default word order for 4:int (F038 PV total)
    sim.advance(3600);
    Tools.Result total = Tools.run(mbpollTcp(1, "-r", "61497", "-t", "4:int", "127.0.0.1"));
    assertThat(total.exit()).as(total.output()).isZero();
    double kwh = sim.state().units().get(0).energy().pvKwhTotal();
    assertThat((double) Tools.mbpollValues(total.output()).get(61497))
        .isCloseTo(kwh * 10, within(1.0));
  }

  @Test
  void mbpollSeesTheFirmwaresExceptionsAndWritesReadBack() throws Exception {
    Tools.Result hole = Tools.run(mbpollTcp(1, "-r", "769", "-c", "2", "127.0.0.1"));
    assertThat(hole.output()).containsIgnoringCase("Illegal data address");
    Tools.Result factory = Tools.run(mbpollTcp(1, "-r", "57601", "127.0.0.1"));
    assertThat(factory.output()).containsIgnoringCase("Illegal data address");
    Tools.Result tooHigh = Tools.run(mbpollTcp(2, "-r", "57867", "127.0.0.1", "2000"));
    assertThat(tooHigh.output()).containsIgnoringCase("Illegal data value");
    Tools.Result ok = Tools.run(mbpollTcp(2, "-r", "57867", "127.0.0.1", "450"));
    assertThat(ok.exit()).as(ok.output()).isZero();
    Tools.Result back = Tools.run(mbpollTcp(2, "-r", "57867", "127.0.0.1"));
    assertThat(Tools.mbpollValues(back.output())).containsEntry(57867, 450L);
    assertThat(sim.inverters().setting(1, "MCC")).contains("45.0");
  }

  @Test
  void mbpollOverRtuOnASocatPty() throws Exception {
    Tools.Result r =
        Tools.run(
            List.of(
                "mbpoll",
                "-m",
                "rtu",
                "-b",
                "9600",
                "-P",
                "none",
                "-a",
                "2",
                "-r",
                "257",
                "-c",
                "12",
                "-t",
                "4:hex",
                "-1",
                "-o",
                "2",
                dir.resolve("ttyINV").toString()));
    assertThat(r.exit()).as(r.output()).isZero();
    assertDcBlock(2, Tools.mbpollValues(r.output()));
  }

  @Test
  void pymodbusOverModbusTcpAndRtuOverTcp() throws Exception {
    String mbap = String.valueOf(sim.modbusTcp().orElseThrow().getPort());
    String raw = String.valueOf(sim.inverterBus().getPort());
    for (String[] transport : List.of(new String[] {mbap, "tcp"}, new String[] {raw, "rtu"})) {
      String out =
          Tools.pymodbus(
              List.of("127.0.0.1", transport[0], transport[1], "3", "read", "0x0100", "12"));
      assertThat(out).as(transport[1]).startsWith("{\"registers\": [");
      List<Long> regs = registers(out);
      Map<Integer, Long> byReference = new java.util.TreeMap<>();
      for (int i = 0; i < regs.size(); i++) {
        byReference.put(257 + i, regs.get(i));
      }
      assertDcBlock(3, byReference);
      assertThat(
              Tools.pymodbus(
                  List.of("127.0.0.1", transport[0], transport[1], "3", "read", "0xE100", "2")))
          .isEqualTo("{\"exception\": 2}");
      assertThat(
              Tools.pymodbus(
                  List.of("127.0.0.1", transport[0], transport[1], "3", "write", "0xE20A", "1300")))
          .isEqualTo("{\"exception\": 3}");
    }
  }

  private static List<Long> registers(String json) {
    String inner = json.substring(json.indexOf('[') + 1, json.indexOf(']'));
    List<Long> out = new ArrayList<>();
    for (String v : inner.split(",")) {
      out.add(Long.parseLong(v.strip()));
    }
    return out;
  }
}
