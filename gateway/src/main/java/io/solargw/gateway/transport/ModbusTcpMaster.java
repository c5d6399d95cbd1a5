package io.solargw.gateway.transport;

import com.ghgande.j2mod.modbus.ModbusException;
import com.ghgande.j2mod.modbus.ModbusIOException;
import com.ghgande.j2mod.modbus.ModbusSlaveException;
import com.ghgande.j2mod.modbus.io.ModbusTCPTransaction;
import com.ghgande.j2mod.modbus.msg.ReadInputRegistersRequest;
import com.ghgande.j2mod.modbus.msg.ReadInputRegistersResponse;
import com.ghgande.j2mod.modbus.msg.ReadMultipleRegistersRequest;
import com.ghgande.j2mod.modbus.msg.ReadMultipleRegistersResponse;
import com.ghgande.j2mod.modbus.msg.WriteMultipleRegistersRequest;
import com.ghgande.j2mod.modbus.msg.WriteMultipleRegistersResponse;
import com.ghgande.j2mod.modbus.msg.WriteSingleRegisterRequest;
import com.ghgande.j2mod.modbus.msg.WriteSingleRegisterResponse;
import com.ghgande.j2mod.modbus.net.TCPMasterConnection;
import com.ghgande.j2mod.modbus.procimg.InputRegister;
import com.ghgande.j2mod.modbus.procimg.Register;
import com.ghgande.j2mod.modbus.procimg.SimpleRegister;
import io.solargw.gateway.bus.BusTiming;
import io.solargw.protocol.inverter.InverterProtocolException;
import io.solargw.protocol.inverter.InverterProtocolException.Reason;
import io.solargw.protocol.inverter.rtu.ExceptionResponse;
import io.solargw.protocol.inverter.rtu.FunctionCode;
import io.solargw.protocol.inverter.rtu.ModbusRequest;
import io.solargw.protocol.inverter.rtu.ModbusResponse;
import io.solargw.protocol.inverter.rtu.ReadRequest;
import io.solargw.protocol.inverter.rtu.ReadResponse;
import io.solargw.protocol.inverter.rtu.WriteMultipleRequest;
import io.solargw.protocol.inverter.rtu.WriteMultipleResponse;
import io.solargw.protocol.inverter.rtu.WriteSingleRequest;
import io.solargw.protocol.inverter.rtu.WriteSingleResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Inverters behind a Modbus TCP gateway (or an inverter's own Modbus TCP port), through j2mod — the
 * only class that touches that library. It speaks our request and response records, so a poller
 * sees the same values as over RTU: {@link #execute} has the contract of "send an RTU frame and
 * {@code RtuCodec.decodeResponse} the answer".
 *
 * <p>j2mod's own retries and reconnects are off (one attempt per call); the bus scheduler owns
 * retries and backoff. The {@link BusTiming} sets the answer timeout and the gap kept between
 * transactions (a gateway forwards to a half-duplex RS485 bus). After a timeout the TCP connection
 * is replaced by a fresh one before the next transaction, so a late answer can never be taken for
 * the next request's; a timeout stays a timeout (one silent inverter behind a gateway is not a
 * broken link), while a connection that breaks or cannot be re-made is an {@link IOException}.
 */
public final class ModbusTcpMaster implements AutoCloseable {

  private final String host;
  private final int port;
  private final BusTiming timing;
  private TCPMasterConnection connection;
  private boolean open;
  private long lastEndNanos;

  /**
   * @param host gateway host name or address
   * @param port gateway TCP port (502 by default in the configuration)
   * @param timing answer timeout and inter-transaction gap; retries are the caller's
   */
  public ModbusTcpMaster(String host, int port, BusTiming timing) {
    this.host = host;
    this.port = port;
    this.timing = timing;
  }

  /** Connects (or reconnects); throws with a readable one-line message. */
  public void open() throws IOException {
    close();
    connect();
    open = true;
  }

  private void connect() throws IOException {
    TCPMasterConnection c;
    try {
      c = new TCPMasterConnection(InetAddress.getByName(host));
    } catch (UnknownHostException e) {
      throw new IOException("cannot resolve Modbus TCP host " + host, e);
    }
    c.setPort(port);
    c.setTimeout(timeoutMillis());
    try {
      c.connect();
    } catch (Exception e) { // j2mod declares Exception
      c.close();
      throw new IOException("cannot connect to " + describe() + ": " + e.getMessage(), e);
    }
    connection = c;
  }

  /** True from {@link #open} until the connection breaks or is closed. */
  public boolean isOpen() {
    return open && (connection == null || connection.isConnected());
  }

  /**
   * Runs one transaction.
   *
   * @return the answer — a {@link ReadResponse}, {@link WriteSingleResponse} or {@link
   *     WriteMultipleResponse}, or an {@link ExceptionResponse} carrying the device's exception
   *     code — or empty when no answer came within the timeout
   * @throws InverterProtocolException an answer that does not fit the request: ADDRESS (unit id),
   *     FUNCTION, LENGTH (register count) or ECHO (write echo)
   * @throws IOException the master is not open, or the connection broke or could not be re-made
   *     after a timeout; it is closed
   */
  public Optional<ModbusResponse> execute(ModbusRequest request)
      throws IOException, InterruptedException, InverterProtocolException {
    if (!isOpen()) {
      close();
      throw new IOException(describe() + " is not connected");
    }
    waitGap();
    if (connection == null) { // dropped after a timeout: its late answer must not be read
      try {
        connect();
      } catch (IOException e) {
        close();
        throw e;
      }
    }
    com.ghgande.j2mod.modbus.msg.ModbusRequest j2 = toJ2mod(request);
    j2.setUnitID(request.unitId());
    ModbusTCPTransaction transaction = new ModbusTCPTransaction(connection);
    transaction.setRequest(j2);
    // One attempt: retries belong to the bus scheduler. j2mod 3.3.0 reads retries <= 0 as its
    // default of 5 attempts with random 250..750 ms x n sleeps (ModbusTcpMasterIT), so 1 it is.
    transaction.setRetries(1);
    transaction.setReconnecting(false);
    transaction.setCheckingValidity(true);
    try {
      transaction.execute();
    } catch (ModbusSlaveException e) {
      return Optional.of(
          new ExceptionResponse(request.unitId(), request.functionCode(), e.getType()));
    } catch (ModbusException e) {
      connection.close();
      connection = null;
      if (isTimeout(e)) {
        return Optional.empty();
      }
      open = false;
      throw new IOException(describe() + ": " + broken(e), e);
    } finally {
      lastEndNanos = System.nanoTime();
    }
    return Optional.of(fromJ2mod(request, transaction.getResponse()));
  }

  /** The answer timeout and inter-transaction gap. */
  public BusTiming timing() {
    return timing;
  }

  /** {@code modbus-tcp://host:port}, for logs. */
  public String describe() {
    return "modbus-tcp://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
  }

  /** Disconnects; {@link #open} may connect again. */
  @Override
  public void close() {
    open = false;
    if (connection != null) {
      connection.close();
      connection = null;
    }
  }

  private int timeoutMillis() {
    return (int) Math.max(1, timing.timeout().toMillis());
  }

  private void waitGap() throws InterruptedException {
    long waitNanos = lastEndNanos + timing.gap().toNanos() - System.nanoTime();
    if (lastEndNanos != 0 && waitNanos > 0) {
      Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
    }
  }

  /**
   * One readable reason: j2mod's own message repeats the request in hex and its retry count, e.g.
   * "Executing transaction 00 B4 ... failed (tried 1 times) Premature end of stream (Message
   * truncated) - null" for a gateway that closed the connection.
   */
  private static String broken(ModbusException e) {
    String message = String.valueOf(e.getMessage());
    if (e instanceof ModbusIOException io
        && (io.isEOF() || message.contains("Premature end of stream"))) {
      return "the connection was closed by the other end";
    }
    if (message.contains("out of bounds") || message.contains("failed to read")) {
      // j2mod: "General exception - failed to read - Range [6, 6 + -24032) out of bounds ..."
      return "the answer is not a Modbus TCP frame (its MBAP header gives an impossible length)";
    }
    if (message.contains("Executing transaction failed")) {
      // j2mod 3.x gives up with this alone when the answer's transaction id is not the request's
      return "the answer carries another transaction id than the request";
    }
    int tried = message.indexOf(" times) ");
    return tried < 0 ? message : message.substring(tried + " times) ".length());
  }

  /**
   * j2mod 3.3.0 reports a read timeout as a ModbusIOException without cause whose message holds
   * "Socket timeout reading response - Read timed out" (ModbusTCPTransport.readResponse).
   */
  private static boolean isTimeout(ModbusException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SocketTimeoutException) {
        return true;
      }
    }
    String message = String.valueOf(e.getMessage());
    return e instanceof ModbusIOException io
        && !io.isEOF()
        && (message.contains("Socket timeout") || message.contains("timed out"));
  }

  private static com.ghgande.j2mod.modbus.msg.ModbusRequest toJ2mod(ModbusRequest request) {
    if (request instanceof ReadRequest r) {
      return r.functionCode() == FunctionCode.READ_INPUT_REGISTERS.code()
          ? new ReadInputRegistersRequest(r.startAddress(), r.count())
          : new ReadMultipleRegistersRequest(r.startAddress(), r.count());
    } else if (request instanceof WriteSingleRequest w) {
      return new WriteSingleRegisterRequest(w.address(), new SimpleRegister(w.value()));
    }
    WriteMultipleRequest w = (WriteMultipleRequest) request;
    Register[] registers = new Register[w.values().size()];
    for (int i = 0; i < registers.length; i++) {
      registers[i] = new SimpleRegister(w.values().get(i));
    }
    return new WriteMultipleRegistersRequest(w.startAddress(), registers);
  }

  private static ModbusResponse fromJ2mod(
      ModbusRequest request, com.ghgande.j2mod.modbus.msg.ModbusResponse response)
      throws InverterProtocolException {
    if (request.unitId() != 0xFF && response.getUnitID() != request.unitId()) {
      throw mismatch(Reason.ADDRESS, "unit id", request.unitId(), response.getUnitID(), response);
    }
    if (request instanceof ReadRequest r) {
      return readResponse(r, response);
    } else if (request instanceof WriteSingleRequest w
        && response instanceof WriteSingleRegisterResponse echo) {
      if (echo.getReference() != w.address()) {
        throw mismatch(Reason.ECHO, "echoed register", w.address(), echo.getReference(), echo);
      }
      if (echo.getRegisterValue() != w.value()) {
        throw mismatch(Reason.ECHO, "echoed value", w.value(), echo.getRegisterValue(), echo);
      }
      return new WriteSingleResponse(response.getUnitID(), w.address(), w.value());
    } else if (request instanceof WriteMultipleRequest w
        && response instanceof WriteMultipleRegistersResponse echo) {
      if (echo.getReference() != w.startAddress()) {
        throw mismatch(Reason.ECHO, "echoed start", w.startAddress(), echo.getReference(), echo);
      }
      if (echo.getWordCount() != w.values().size()) {
        throw mismatch(Reason.ECHO, "echoed count", w.values().size(), echo.getWordCount(), echo);
      }
      return new WriteMultipleResponse(response.getUnitID(), w.startAddress(), w.values().size());
    }
    throw mismatch(
        Reason.FUNCTION, "function", request.functionCode(), response.getFunctionCode(), response);
  }

  private static ReadResponse readResponse(
      ReadRequest r, com.ghgande.j2mod.modbus.msg.ModbusResponse response)
      throws InverterProtocolException {
    InputRegister[] registers;
    if (response instanceof ReadMultipleRegistersResponse m
        && r.functionCode() == FunctionCode.READ_HOLDING_REGISTERS.code()) {
      registers = m.getRegisters();
    } else if (response instanceof ReadInputRegistersResponse m
        && r.functionCode() == FunctionCode.READ_INPUT_REGISTERS.code()) {
      registers = m.getRegisters();
    } else {
      throw mismatch(
          Reason.FUNCTION, "function", r.functionCode(), response.getFunctionCode(), response);
    }
    if (registers.length != r.count()) {
      throw mismatch(Reason.LENGTH, "register count", r.count(), registers.length, response);
    }
    List<Integer> values = new ArrayList<>(registers.length);
    for (InputRegister register : registers) {
      values.add(register.toUnsignedShort());
    }
    return new ReadResponse(response.getUnitID(), r.functionCode(), r.startAddress(), values);
  }

  private static InverterProtocolException mismatch(
      Reason reason,
      String what,
      int expected,
      int actual,
      com.ghgande.j2mod.modbus.msg.ModbusResponse response) {
    return new InverterProtocolException(
        reason,
        -1,
        String.format(
            "Modbus TCP answer %s: expected %d (0x%X), got %d (0x%X)",
            what, expected, expected, actual, actual),
        response.getMessage());
  }
}
