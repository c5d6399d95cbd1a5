package io.solargw.gateway.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.solargw.gateway.bus.BusTiming;
import io.solargw.protocol.inverter.rtu.ExceptionResponse;
import io.solargw.protocol.inverter.rtu.ModbusExceptionCode;
import io.solargw.protocol.inverter.rtu.ModbusResponse;
import io.solargw.protocol.inverter.rtu.ReadRequest;
import io.solargw.protocol.inverter.rtu.ReadResponse;
import io.solargw.protocol.inverter.rtu.WriteMultipleRequest;
import io.solargw.protocol.inverter.rtu.WriteMultipleResponse;
import io.solargw.protocol.inverter.rtu.WriteSingleRequest;
import io.solargw.protocol.inverter.rtu.WriteSingleResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Modbus TCP master against j2mod's own slave on loopback: reads, writes, an exception answer,
 * a stalled gateway, a restarted one. Also characterises what we rely on in j2mod: one attempt per
 * transaction, a socket timeout reported as such, the connection reusable after an exception.
 */
class ModbusTcpMasterIT {

  private static final BusTiming TIMING = new BusTiming(Duration.ofMillis(300), Duration.ZERO, 0);

  private J2modSlave slave;
  private TcpRelay gateway;
  private ModbusTcpMaster master;

  @BeforeEach
  void start() throws Exception {
    slave = new J2modSlave();
    gateway = new TcpRelay(slave.port);
    master = new ModbusTcpMaster("127.0.0.1", gateway.port, TIMING);
    master.open();
  }

  @AfterEach
  void stop() {
    master.close();
    gateway.close();
    slave.close();
  }

  private ModbusResponse execute(io.solargw.protocol.inverter.rtu.ModbusRequest request)
      throws Exception {
    Optional<ModbusResponse> answer = master.execute(request);
    assertThat(answer).as("an answer to " + request).isPresent();
    return answer.get();
  }

  @Test
  void readsHoldingAndInputRegisters() throws Exception {
    assertThat(execute(ReadRequest.holding(1, 4, 3)))
        .isEqualTo(new ReadResponse(1, 0x03, 4, List.of(104, 105, 106)));
    assertThat(execute(new ReadRequest(1, 0x04, 6, 2)))
        .isEqualTo(new ReadResponse(1, 0x04, 6, List.of(206, 207)));
  }

  @Test
  void registersAreUnsigned() throws Exception {
    execute(new WriteSingleRequest(1, 0, 0xFFFF));
    assertThat(execute(ReadRequest.holding(1, 0, 1)))
        .isEqualTo(new ReadResponse(1, 0x03, 0, List.of(0xFFFF)));
  }

  @Test
  void writesOneAndSeveralRegisters() throws Exception {
    assertThat(execute(new WriteSingleRequest(1, 0x10, 1234)))
        .isEqualTo(new WriteSingleResponse(1, 0x10, 1234));
    assertThat(execute(new WriteMultipleRequest(1, 0x11, List.of(7, 8, 9))))
        .isEqualTo(new WriteMultipleResponse(1, 0x11, 3));
    assertThat(execute(ReadRequest.holding(1, 0x10, 4)))
        .isEqualTo(new ReadResponse(1, 0x03, 0x10, List.of(1234, 7, 8, 9)));
    assertThat(slave.image.holding(0x12)).isEqualTo(8);
  }

  @Test
  void anIllegalAddressIsTheDevicesExceptionCodeAndTheConnectionStaysUp() throws Exception {
    ModbusResponse answer = execute(ReadRequest.holding(1, J2modSlave.HOLDING - 1, 2));
    assertThat(answer).isEqualTo(new ExceptionResponse(1, 0x03, 0x02));
    assertThat(((ExceptionResponse) answer).code())
        .contains(ModbusExceptionCode.ILLEGAL_DATA_ADDRESS);
    assertThat(master.isOpen()).isTrue();
    assertThat(execute(ReadRequest.holding(1, 0, 1)))
        .isEqualTo(new ReadResponse(1, 0x03, 0, List.of(100)));
  }

  @Test
  void aStalledGatewayTimesOutAfterOneAttemptAndALateAnswerIsNeverTakenForTheNextOne()
      throws Exception {
    slave.image.stall();
    assertThat(master.execute(ReadRequest.holding(1, 0, 2))).isEmpty();
    assertThat(slave.image.reads).as("j2mod did not retry").hasValue(1);
    assertThat(master.isOpen()).as("a timeout is not a broken link").isTrue();
    slave.image.release(); // the late answer (100, 101) goes to the dropped connection
    assertThat(execute(ReadRequest.holding(1, 8, 1)))
        .isEqualTo(new ReadResponse(1, 0x03, 8, List.of(108)));
  }

  @Test
  void aConnectionThatCannotBeRemadeAfterATimeoutIsAnIoError() throws Exception {
    slave.image.stall();
    assertThat(master.execute(ReadRequest.holding(1, 0, 1))).isEmpty();
    gateway.stop();
    slave.image.release();
    assertThatThrownBy(() -> master.execute(ReadRequest.holding(1, 0, 1)))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("cannot connect to modbus-tcp://127.0.0.1:" + gateway.port);
    assertThat(master.isOpen()).isFalse();
    assertThatThrownBy(() -> master.execute(ReadRequest.holding(1, 0, 1)))
        .hasMessageEndingWith("is not connected");
  }

  @Test
  void aGatewayThatGoesAwayIsAnIoErrorAndReconnectingWorksWhenItIsBack() throws Exception {
    assertThat(execute(ReadRequest.holding(1, 0, 1))).isInstanceOf(ReadResponse.class);
    gateway.stop();
    assertThatThrownBy(() -> master.execute(ReadRequest.holding(1, 0, 1)))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("modbus-tcp://127.0.0.1:" + gateway.port + ": ");
    assertThat(master.isOpen()).isFalse();
    assertThatThrownBy(master::open)
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("cannot connect to modbus-tcp://127.0.0.1:" + gateway.port + ": ");
    gateway.start();
    master.open();
    assertThat(execute(ReadRequest.holding(1, 2, 1)))
        .isEqualTo(new ReadResponse(1, 0x03, 2, List.of(102)));
  }

  @Test
  void theGapIsKeptBetweenTransactions() throws Exception {
    BusTiming gap = new BusTiming(Duration.ofMillis(300), Duration.ofMillis(150), 0);
    try (ModbusTcpMaster paced = new ModbusTcpMaster("127.0.0.1", gateway.port, gap)) {
      paced.open();
      paced.execute(ReadRequest.holding(1, 0, 1));
      long start = System.nanoTime();
      paced.execute(ReadRequest.holding(1, 0, 1));
      assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(150);
    }
  }

  @Test
  void anUnknownHostIsAOneLineError() {
    ModbusTcpMaster nowhere = new ModbusTcpMaster("no-such-host.invalid", 502, TIMING);
    assertThatThrownBy(nowhere::open)
        .isInstanceOf(IOException.class)
        .hasMessage("cannot resolve Modbus TCP host no-such-host.invalid");
  }
}
