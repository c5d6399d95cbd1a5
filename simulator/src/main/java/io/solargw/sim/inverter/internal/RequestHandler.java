package io.solargw.sim.inverter.internal;

import io.solargw.protocol.inverter.profile.InverterProfile;
import io.solargw.protocol.inverter.rtu.ExceptionResponse;
import io.solargw.protocol.inverter.rtu.FunctionCode;
import io.solargw.protocol.inverter.rtu.ModbusExceptionCode;
import io.solargw.protocol.inverter.rtu.ModbusRequest;
import io.solargw.protocol.inverter.rtu.ModbusResponse;
import io.solargw.protocol.inverter.rtu.ReadRequest;
import io.solargw.protocol.inverter.rtu.ReadResponse;
import io.solargw.protocol.inverter.rtu.WriteMultipleRequest;
import io.solargw.protocol.inverter.rtu.WriteMultipleResponse;
import io.solargw.protocol.inverter.rtu.WriteSingleRequest;
import io.solargw.protocol.inverter.rtu.WriteSingleResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One unit's answer to one request, as SRNE firmware gives it (protocol doc 2.2, 2.3): 0x03 reads
 * of at most {@link InverterProfile#MAX_REGISTERS_LIMIT} served registers (more: exception 0x0A;
 * any register not served: 0x02 for the whole read), 0x06/0x10 writes checked by {@link WriteCheck}
 * and echoed, 0x04 refused with 0x01 (SRNE keeps everything in holding registers). The answer
 * always carries the unit's real address, also for a request to 0xFF.
 */
public final class RequestHandler {

  /**
   * What handling a request did.
   *
   * @param response the answer (sent unless the request was a broadcast)
   * @param wrote whether registers were stored
   */
  public record Outcome(Optional<ModbusResponse> response, boolean wrote) {}

  private final ReadableMap readable;
  private final WriteCheck writes;

  public RequestHandler(ReadableMap readable, WriteCheck writes) {
    this.readable = readable;
    this.writes = writes;
  }

  /** Whether a read of {@code address} alone succeeds. */
  public boolean readable(int address) {
    return readable.readable(address, 1);
  }

  /**
   * Handles {@code request} for {@code unit} whose current registers are {@code image}.
   *
   * @param machineState the unit's 0x0210 value (some settings change only in standby)
   */
  public Outcome handle(SimulatedUnit unit, ModbusRequest request, int[] image, int machineState) {
    int address = unit.address();
    if (request instanceof ReadRequest r) {
      return new Outcome(Optional.of(read(address, r, image)), false);
    }
    int start;
    int[] values;
    if (request instanceof WriteSingleRequest w) {
      start = w.address();
      values = new int[] {w.value()};
    } else {
      WriteMultipleRequest w = (WriteMultipleRequest) request;
      start = w.startAddress();
      values = w.values().stream().mapToInt(Integer::intValue).toArray();
    }
    int[] clock = {
      image[WriteCheck.CLOCK], image[WriteCheck.CLOCK + 1], image[WriteCheck.CLOCK + 2]
    };
    Optional<ModbusExceptionCode> refusal =
        values.length > InverterProfile.MAX_REGISTERS_LIMIT
            ? Optional.of(ModbusExceptionCode.TOO_MANY_REGISTERS)
            : writes.check(unit, start, values, machineState, clock);
    if (refusal.isPresent()) {
      return new Outcome(Optional.of(refuse(address, request, refusal.get())), false);
    }
    store(unit, start, values, clock);
    ModbusResponse echo =
        request instanceof WriteSingleRequest w
            ? new WriteSingleResponse(address, w.address(), w.value())
            : new WriteMultipleResponse(address, start, values.length);
    return new Outcome(Optional.of(echo), true);
  }

  private ModbusResponse read(int address, ReadRequest r, int[] image) {
    if (r.functionCode() != FunctionCode.READ_HOLDING_REGISTERS.code()) {
      return refuse(address, r, ModbusExceptionCode.ILLEGAL_FUNCTION);
    }
    if (r.count() > InverterProfile.MAX_REGISTERS_LIMIT) {
      return refuse(address, r, ModbusExceptionCode.TOO_MANY_REGISTERS);
    }
    if (!readable.readable(r.startAddress(), r.count())) {
      return refuse(address, r, ModbusExceptionCode.ILLEGAL_DATA_ADDRESS);
    }
    List<Integer> words = new ArrayList<>(r.count());
    for (int i = 0; i < r.count(); i++) {
      words.add(image[r.startAddress() + i]);
    }
    return new ReadResponse(address, r.functionCode(), r.startAddress(), words);
  }

  private static void store(SimulatedUnit unit, int start, int[] values, int[] clock) {
    boolean clockWritten = false;
    for (int i = 0; i < values.length; i++) {
      int a = start + i;
      if (a >= WriteCheck.CLOCK && a < WriteCheck.CLOCK + 3) {
        clockWritten = true;
      } else {
        unit.stored().put(a, values[i]);
      }
    }
    if (clockWritten) {
      LocalDateTime now = WriteCheck.clock(clock, 0, new int[0]).orElseThrow();
      LocalDateTime set = WriteCheck.clock(clock, start, values).orElseThrow();
      long shift = Duration.between(now, set).getSeconds();
      unit.clockOffsetSeconds(unit.clockOffsetSeconds() + shift);
    }
  }

  private static ExceptionResponse refuse(int address, ModbusRequest r, ModbusExceptionCode code) {
    return new ExceptionResponse(address, r.functionCode(), code.code());
  }
}
