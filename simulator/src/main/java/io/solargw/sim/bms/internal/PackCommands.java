package io.solargw.sim.bms.internal;

import io.solargw.protocol.bms.pace.CanProtocol;
import io.solargw.protocol.bms.pace.PaceCommand;
import io.solargw.protocol.bms.pace.ProtectionParameter;
import io.solargw.protocol.bms.pace.ReturnCode;
import io.solargw.protocol.bms.pace.Rs485Protocol;
import io.solargw.sim.site.PackState;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;

/**
 * A pack's answers to the commands other than 0x42/0x44: reads of fixed layouts (bms.md 2.1, the
 * layouts protocol-bms decodes) and the writes a pack acknowledges. These act only on the pack the
 * request reached; the master does not relay them (PACE18 §5).
 */
final class PackCommands {

  /**
   * CAN protocols the simulated pack offers (bms.md 2.4 Table 1): PACE, PYLON, GROWATT, VICTRON.
   */
  private static final int[] CAN_PROTOCOLS = {0x00, 0x01, 0x02, 0x03};

  /** RS485 protocols it offers: PACE_MODBUS, PYLON_485, GROWATT_485. */
  private static final int[] RS485_PROTOCOLS = {0x00, 0x01, 0x02};

  /** The CAN protocol in use: PYLON_CAN, which the inverter's BDS = PYL expects. */
  private static final int CAN_IN_USE = 0x01;

  private PackCommands() {}

  /** The reply of {@code pack} to {@code command} with request INFO {@code request}. */
  static PaceReply reply(PaceCommand command, byte[] request, PackView v) {
    SimulatedPack pack = v.pack();
    PackState p = v.state();
    return switch (command) {
      case PACK_COUNT -> PaceReply.ok(new byte[] {(byte) (v.master() ? v.packCount() : 1)});
      case SOFTWARE_VERSION -> PaceReply.ok(ascii(pack.softwareVersion()));
      case PRODUCT_INFO -> PaceReply.ok(ascii(pack.serialNumber() + pack.packSerialNumber()));
      case INTERNAL_VERSION -> PaceReply.ok(ascii("PACE_16S_V3.10_230615" + "HW_V1.2   "));
      case DATE_TIME -> PaceReply.ok(time(v.clock()));
      case CAPACITY ->
          PaceReply.ok(u16(centi(p.remainingAh()), centi(p.fullAh()), centi(p.designAh())));
      case SLEEP_PARAMETERS -> PaceReply.ok(u16(2500, 30));
      case FULL_CHARGE_PARAMETERS -> PaceReply.ok(append(u16(55200, 2000), 10));
      case BALANCING_PARAMETERS -> PaceReply.ok(u16(3400, 30));
      case LIMITER_START_CURRENT -> PaceReply.ok(u16(10));
      case INVERTER_PROTOCOL -> PaceReply.ok(new byte[] {CAN_IN_USE, 0x00, 0x00});
      case CURRENT_PROTOCOL -> PaceReply.ok(new byte[] {CAN_IN_USE, 0x00});
      case PROTOCOL_LIST -> PaceReply.ok(protocolList());
      case PROTOCOL_NAMES -> PaceReply.ok(protocolNames(request));
      case HISTORY_RECORD -> PaceReply.error(ReturnCode.NO_DATA); // the simulated pack keeps none
      case CONTROL -> control(pack, request);
      case CHARGE_MOSFET, DISCHARGE_MOSFET -> mosfet(command, pack, request, p);
      case SET_DATE_TIME -> setTime(pack, request, v.clock());
      default ->
          ProtectionParameter.ofReadCommand(command)
              .map(g -> PaceReply.ok(ProtectionValues.of(g, v.thresholds())))
              .orElseGet(() -> PaceReply.ok(new byte[0])); // other writes: acknowledged
    };
  }

  /** 0x99: the sub-command echoed and the updated control state (bms.md 2.4, 4.3.4). */
  private static PaceReply control(SimulatedPack pack, byte[] request) {
    if (request.length != 1) {
      return PaceReply.error(ReturnCode.COMMAND_FORMAT_ERROR);
    }
    int sub = request[0] & 0xFF;
    int s = pack.controlState();
    s =
        switch (sub) {
          case 0x06 -> s & ~(1 << 5);
          case 0x07 -> s | 1 << 5;
          case 0x08 -> s & ~(1 << 3);
          case 0x09 -> s | 1 << 3;
          case 0x0A -> s & ~(1 << 4);
          case 0x0B -> s | 1 << 4;
          case 0x0C -> s & ~1;
          case 0x0D -> s | 1;
          default -> s;
        };
    pack.controlState(s);
    return PaceReply.ok(new byte[] {(byte) sub, (byte) s});
  }

  /** 0x9A/0x9B: INFO 0 switches the MOSFET on, 1 off; the answer is the indication state. */
  private static PaceReply mosfet(PaceCommand c, SimulatedPack pack, byte[] request, PackState p) {
    if (request.length != 1 || (request[0] & 0xFF) > 1) {
      return PaceReply.error(ReturnCode.COMMAND_FORMAT_ERROR);
    }
    boolean off = request[0] == 1;
    if (c == PaceCommand.CHARGE_MOSFET) {
      pack.chargeMosfetOff(off);
    } else {
      pack.dischargeMosfetOff(off);
    }
    int state =
        (p.amps() > 0.1 ? 1 << 5 : 0)
            | (pack.dischargeMosfetOff() ? 0 : 1 << 2)
            | (pack.chargeMosfetOff() ? 0 : 1 << 1);
    return PaceReply.ok(new byte[] {(byte) state});
  }

  private static PaceReply setTime(SimulatedPack pack, byte[] request, LocalDateTime now) {
    try {
      LocalDateTime t =
          LocalDateTime.of(
              2000 + (request[0] & 0xFF),
              request[1],
              request[2],
              request[3],
              request[4],
              request[5]);
      long shift = Duration.between(now, t).getSeconds();
      pack.clockOffsetSeconds(pack.clockOffsetSeconds() + shift);
      return PaceReply.ok(new byte[0]);
    } catch (RuntimeException e) {
      return PaceReply.error(ReturnCode.INVALID_DATA);
    }
  }

  private static byte[] protocolList() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(CAN_PROTOCOLS.length);
    for (int c : CAN_PROTOCOLS) {
      out.write(c);
    }
    out.write(RS485_PROTOCOLS.length);
    for (int c : RS485_PROTOCOLS) {
      out.write(c);
    }
    return out.toByteArray();
  }

  /** 0x61: language, type (0 CAN, 1 RS485), count, numbers → count, (number, name, NUL)... */
  private static byte[] protocolNames(byte[] request) {
    boolean rs485 = request.length > 1 && request[1] == 1;
    int[] numbers = rs485 ? RS485_PROTOCOLS : CAN_PROTOCOLS;
    if (request.length > 3) {
      numbers = new int[request.length - 3];
      for (int i = 0; i < numbers.length; i++) {
        numbers[i] = request[3 + i] & 0xFF;
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(numbers.length);
    for (int n : numbers) {
      out.write(n);
      String name = (rs485 ? Rs485Protocol.nameOf(n) : CanProtocol.nameOf(n)).orElse("UNKNOWN");
      out.writeBytes(name.getBytes(StandardCharsets.US_ASCII));
      out.write(0);
    }
    return out.toByteArray();
  }

  static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] time(LocalDateTime t) {
    return new byte[] {
      (byte) (t.getYear() - 2000),
      (byte) t.getMonthValue(),
      (byte) t.getDayOfMonth(),
      (byte) t.getHour(),
      (byte) t.getMinute(),
      (byte) t.getSecond()
    };
  }

  static byte[] u16(int... values) {
    byte[] out = new byte[2 * values.length];
    for (int i = 0; i < values.length; i++) {
      out[2 * i] = (byte) (values[i] >> 8);
      out[2 * i + 1] = (byte) values[i];
    }
    return out;
  }

  private static byte[] append(byte[] b, int last) {
    byte[] out = Arrays.copyOf(b, b.length + 1);
    out[b.length] = (byte) last;
    return out;
  }

  private static int centi(double ampHours) {
    return (int) Math.max(0, Math.min(0xFFFF, Math.round(ampHours * 100)));
  }
}
