package io.solargw.gateway.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.solargw.gateway.bus.BusTiming;
import io.solargw.protocol.inverter.InverterProtocolException;
import io.solargw.protocol.inverter.InverterProtocolException.Reason;
import io.solargw.protocol.inverter.rtu.ExceptionResponse;
import io.solargw.protocol.inverter.rtu.ModbusRequest;
import io.solargw.protocol.inverter.rtu.ReadRequest;
import io.solargw.protocol.inverter.rtu.WriteMultipleRequest;
import io.solargw.protocol.inverter.rtu.WriteSingleRequest;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Answers a real slave library never sends: a raw loopback server replies to each request with a
 * scripted unit id and PDU (in the request's MBAP transaction), and the master must name what is
 * wrong with the reason a poller counts.
 */
class ModbusTcpMasterAnswersIT {

  private static final BusTiming TIMING = new BusTiming(Duration.ofMillis(500), Duration.ZERO, 0);

  record Row(String name, ModbusRequest request, int unit, String pdu, Reason reason) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Row> wrongAnswers() {
    return Stream.of(
        new Row("another unit id", ReadRequest.holding(1, 0, 1), 2, "03020064", Reason.ADDRESS),
        new Row("fewer registers", ReadRequest.holding(1, 0, 2), 1, "03020064", Reason.LENGTH),
        new Row("another function", ReadRequest.holding(1, 0, 1), 1, "04020064", Reason.FUNCTION),
        new Row(
            "write echo, other value",
            new WriteSingleRequest(1, 0x10, 5),
            1,
            "0600100006",
            Reason.ECHO),
        new Row(
            "write echo, other register",
            new WriteSingleRequest(1, 0x10, 5),
            1,
            "0600110005",
            Reason.ECHO),
        new Row(
            "write-multiple echo, other count",
            new WriteMultipleRequest(1, 0x10, List.of(1, 2)),
            1,
            "1000100001",
            Reason.ECHO));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wrongAnswers")
  void aWrongAnswerIsAProtocolErrorWithItsReason(Row row) throws Exception {
    try (ScriptedServer server = new ScriptedServer(row.unit(), row.pdu());
        ModbusTcpMaster master = new ModbusTcpMaster("127.0.0.1", server.port(), TIMING)) {
      master.open();
      assertThatThrownBy(() -> master.execute(row.request()))
          .isInstanceOfSatisfying(
              InverterProtocolException.class,
              e -> {
                assertThat(e.reason()).isEqualTo(row.reason());
                assertThat(e.getMessage()).startsWith("Modbus TCP answer ");
              });
    }
  }

  @Test
  void anUndocumentedExceptionCodeIsKeptAsItsNumber() throws Exception {
    try (ScriptedServer server = new ScriptedServer(1, "830F");
        ModbusTcpMaster master = new ModbusTcpMaster("127.0.0.1", server.port(), TIMING)) {
      master.open();
      assertThat(master.execute(ReadRequest.holding(1, 0, 1)))
          .contains(new ExceptionResponse(1, 0x03, 0x0F));
    }
  }

  /** Answers every request on one connection with {@code unit} and {@code pdu}. */
  private static final class ScriptedServer implements AutoCloseable {
    private final ServerSocket server;

    ScriptedServer(int unit, String pduHex) throws IOException {
      server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
      byte[] pdu = HexFormat.of().parseHex(pduHex);
      Thread t = new Thread(() -> serve(unit, pdu), "scripted-modbus");
      t.setDaemon(true);
      t.start();
    }

    int port() {
      return server.getLocalPort();
    }

    private void serve(int unit, byte[] pdu) {
      try (Socket s = server.accept();
          DataInputStream in = new DataInputStream(s.getInputStream());
          DataOutputStream out = new DataOutputStream(s.getOutputStream())) {
        while (true) {
          int transaction = in.readUnsignedShort();
          in.readUnsignedShort(); // protocol id
          int length = in.readUnsignedShort();
          in.readFully(new byte[length]); // unit id and request PDU
          out.writeShort(transaction);
          out.writeShort(0);
          out.writeShort(pdu.length + 1);
          out.writeByte(unit);
          out.write(pdu);
          out.flush();
        }
      } catch (IOException e) {
        // the master hung up
      }
    }

    @Override
    public void close() throws IOException {
      server.close();
    }
  }
}
