package io.solargw.gateway.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.solargw.gateway.bus.BusTiming;
import io.solargw.gateway.poll.InverterReadPlans;
import io.solargw.protocol.inverter.decode.RegisterImage;
import io.solargw.protocol.inverter.plan.ReadBlock;
import io.solargw.protocol.inverter.profile.ProfileLoader;
import io.solargw.protocol.inverter.rtu.ExceptionResponse;
import io.solargw.protocol.inverter.rtu.ModbusExceptionCode;
import io.solargw.protocol.inverter.rtu.ModbusResponse;
import io.solargw.protocol.inverter.rtu.ReadRequest;
import io.solargw.protocol.inverter.rtu.ReadResponse;
import io.solargw.protocol.inverter.rtu.WriteSingleRequest;
import io.solargw.protocol.inverter.rtu.WriteSingleResponse;
import io.solargw.sim.Simulation;
import io.solargw.sim.SimulationOptions;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Modbus TCP master against the simulator's Modbus TCP converter in front of a simulated
 * inverter stack: the inverter poller's read plans (with their exception 0x02 learning) run over it
 * and read exactly the registers the simulated inverter serves; writes are validated by the
 * simulated firmware; an absent unit is a timeout, as behind a real converter.
 */
class ModbusTcpMasterSimulatorIT {

  private static final BusTiming TIMING = new BusTiming(Duration.ofMillis(500), Duration.ZERO, 0);
  private static final int MCC = 0xE20A; // max charge current, 0.1 A (profile setting 8)

  private Simulation sim;
  private ModbusTcpMaster master;

  @BeforeEach
  void start() throws Exception {
    sim =
        Simulation.start(
            SimulationOptions.builder()
                .inverters(2)
                .start(LocalDateTime.of(2026, 6, 21, 12, 0))
                .modbusTcp(new InetSocketAddress("127.0.0.1", 0))
                .build());
    sim.advance(60);
    master = new ModbusTcpMaster("127.0.0.1", sim.modbusTcp().orElseThrow().getPort(), TIMING);
    master.open();
  }

  @AfterEach
  void stop() {
    master.close();
    sim.close();
  }

  @Test
  void theInverterPollersReadPlansRunOverModbusTcp() throws Exception {
    InverterReadPlans plans = new InverterReadPlans(ProfileLoader.loadDefault());
    for (int unit = 1; unit <= 2; unit++) {
      RegisterImage image = RegisterImage.empty();
      Deque<ReadBlock> queue = new ArrayDeque<>(plans.fastBlocks());
      queue.addAll(plans.slowBlocks());
      while (!queue.isEmpty()) {
        ReadBlock block = queue.poll();
        ModbusResponse answer =
            master.execute(ReadRequest.holding(unit, block.start(), block.count())).orElseThrow();
        if (answer instanceof ExceptionResponse x) {
          assertThat(x.code()).contains(ModbusExceptionCode.ILLEGAL_DATA_ADDRESS);
          boolean slow = plans.slowBlocks().contains(block);
          plans.onIllegalAddress(block, slow).retry().forEach(queue::addFirst);
          continue;
        }
        ReadResponse r = (ReadResponse) answer;
        image = image.with(r.startAddress(), r.registers());
      }
      Map<Integer, Integer> served = sim.inverters().image(unit - 1).words();
      assertThat(image.words()).isNotEmpty();
      image.words().forEach((a, v) -> assertThat(served).containsEntry(a, v));
    }
  }

  @Test
  void writesAreCheckedByTheFirmwareAndReadBack() throws Exception {
    assertThat(master.execute(new WriteSingleRequest(2, MCC, 2000)))
        .contains(new ExceptionResponse(2, 0x06, ModbusExceptionCode.ILLEGAL_DATA_VALUE.code()));
    assertThat(master.execute(new WriteSingleRequest(2, MCC, 450)))
        .contains(new WriteSingleResponse(2, MCC, 450));
    assertThat(master.execute(ReadRequest.holding(2, MCC, 1)))
        .contains(new ReadResponse(2, 0x03, MCC, List.of(450)));
  }

  @Test
  void anAbsentUnitIsATimeoutAndTheNextUnitIsReadOnAFreshConnection() throws Exception {
    assertThat(master.execute(ReadRequest.holding(7, 0x0100, 1))).isEmpty();
    assertThat(master.isOpen()).isTrue();
    assertThat(master.execute(ReadRequest.holding(1, 0x0100, 1)))
        .hasValueSatisfying(r -> assertThat(r).isInstanceOf(ReadResponse.class));
  }
}
