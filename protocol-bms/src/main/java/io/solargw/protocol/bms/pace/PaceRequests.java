package io.solargw.protocol.bms.pace;

import java.time.LocalDateTime;
import java.util.Arrays;

/**
 * Builders for PACE (VER 0x25) requests, one per command of bms.md §2.1/§2.4. Writes are encoded
 * here but nothing sends them yet. Addresses are 0..255 (DIP switch 0..15 on real packs; 0xFF seen
 * in an echo capture); out-of-range parameters throw {@link IllegalArgumentException}.
 */
public final class PaceRequests {

  /** COMMAND_INFO of 0x42/0x44 asking the master for every pack (bms.md §5.3). */
  public static final int ALL_PACKS = 0xFF;

  private PaceRequests() {}

  /** 0x42 analog values of pack {@code pack} (0..15) or {@link #ALL_PACKS}. */
  public static Request analog(int address, int pack) {
    return request(address, PaceCommand.ANALOG, (byte) checkPack(pack));
  }

  /** 0x44 alarm and status values of pack {@code pack} (0..15) or {@link #ALL_PACKS}. */
  public static Request alarm(int address, int pack) {
    return request(address, PaceCommand.ALARM, (byte) checkPack(pack));
  }

  /** A read without COMMAND_INFO: 0x90, 0xA0, 0xA6, 0xAF, 0xB1, 0xB6, 0xC1, 0xC2, 0xC6, 0xEB... */
  public static Request read(int address, PaceCommand command) {
    if (command.write()) {
      throw new IllegalArgumentException("command " + command + " is a write, not a read");
    }
    return request(address, command);
  }

  /** 0x90 pack quantity. */
  public static Request packCount(int address) {
    return request(address, PaceCommand.PACK_COUNT);
  }

  /** 0xC1 software version. */
  public static Request softwareVersion(int address) {
    return request(address, PaceCommand.SOFTWARE_VERSION);
  }

  /** 0xC2 product information (serial numbers). */
  public static Request productInfo(int address) {
    return request(address, PaceCommand.PRODUCT_INFO);
  }

  /** 0xB1 date and time. */
  public static Request dateTime(int address) {
    return request(address, PaceCommand.DATE_TIME);
  }

  /** 0xEB inverter protocol. */
  public static Request inverterProtocol(int address) {
    return request(address, PaceCommand.INVERTER_PROTOCOL);
  }

  /** 0xA1 history record number {@code index} (u16). */
  public static Request historyRecord(int address, int index) {
    check("index", index, 0, 0xFFFF);
    return request(address, PaceCommand.HISTORY_RECORD, (byte) (index >> 8), (byte) index);
  }

  /** The read (odd CID2 0xD1..0xE7) of a protection-parameter group. */
  public static Request protectionParameters(int address, ProtectionParameter group) {
    return request(address, group.readCommand());
  }

  /** 0x61 protocol names: language (0 English, 1 Chinese), type (0 CAN, 1 RS485), numbers. */
  public static Request protocolNames(int address, int language, int type, int... numbers) {
    check("language", language, 0, 1);
    check("type", type, 0, 1);
    byte[] info = new byte[3 + numbers.length];
    info[0] = (byte) language;
    info[1] = (byte) type;
    info[2] = (byte) check("numbers.length", numbers.length, 0, 0xFF);
    for (int i = 0; i < numbers.length; i++) {
      info[3 + i] = (byte) check("numbers[" + i + "]", numbers[i], 0, 0xFF);
    }
    return request(address, PaceCommand.PROTOCOL_NAMES, info);
  }

  /** 0x99 control sub-command. */
  public static Request control(int address, ControlCommand command) {
    return control(address, command.code());
  }

  /** 0x99 with any sub-command byte (0xD0..0xDF are user-defined). */
  public static Request control(int address, int subCommand) {
    check("subCommand", subCommand, 0, 0xFF);
    return request(address, PaceCommand.CONTROL, (byte) subCommand);
  }

  /** 0x9A: switch the charge MOSFET on (INFO 0x00) or off (0x01). */
  public static Request chargeMosfet(int address, boolean on) {
    return request(address, PaceCommand.CHARGE_MOSFET, (byte) (on ? 0 : 1));
  }

  /** 0x9B: switch the discharge MOSFET on (INFO 0x00) or off (0x01). */
  public static Request dischargeMosfet(int address, boolean on) {
    return request(address, PaceCommand.DISCHARGE_MOSFET, (byte) (on ? 0 : 1));
  }

  /** 0x9C shutdown as PbmsTools sends it (INFO 0x01, capture O10). */
  public static Request shutdown(int address) {
    return request(address, PaceCommand.SHUTDOWN, (byte) 1);
  }

  /** 0x9C shutdown as the V3.1 document writes it (no INFO). */
  public static Request shutdownWithoutInfo(int address) {
    return request(address, PaceCommand.SHUTDOWN);
  }

  /** 0xB2 set date and time, years 2000..2099 (year sent as year - 2000, [PACE31 A.91]). */
  public static Request setDateTime(int address, LocalDateTime t) {
    check("year", t.getYear(), 2000, 2099);
    return request(
        address,
        PaceCommand.SET_DATE_TIME,
        (byte) (t.getYear() - 2000),
        (byte) t.getMonthValue(),
        (byte) t.getDayOfMonth(),
        (byte) t.getHour(),
        (byte) t.getMinute(),
        (byte) t.getSecond());
  }

  /** 0xEC set inverter protocol: CAN number, RS485 number (0xFF = no change), mode 0 auto / 1. */
  public static Request setInverterProtocol(int address, int can, int rs485, int mode) {
    return request(
        address,
        PaceCommand.SET_INVERTER_PROTOCOL,
        (byte) check("can", can, 0, 0xFF),
        (byte) check("rs485", rs485, 0, 0xFF),
        (byte) check("mode", mode, 0, 0xFF));
  }

  /** 0x63 set current inverter protocol: CAN number, RS485 number (0xFF disables). */
  public static Request setCurrentProtocol(int address, int can, int rs485) {
    return request(
        address,
        PaceCommand.SET_CURRENT_PROTOCOL,
        (byte) check("can", can, 0, 0xFF),
        (byte) check("rs485", rs485, 0, 0xFF));
  }

  /** An even CID2 0xD0..0xE6 with the group's INFO, which must have a documented length. */
  public static Request setProtectionParameters(
      int address, ProtectionParameter group, byte[] info) {
    if (!group.infoLengths().contains(info.length) && group.layout(info.length).isEmpty()) {
      throw new IllegalArgumentException(
          "info has " + info.length + " bytes; " + group + " takes " + group.infoLengths());
    }
    return request(address, group.setCommand(), info);
  }

  /** 0xA8 set cell sleep voltage (mV) and delay (undocumented unit). */
  public static Request setSleepParameters(int address, int cellMillivolts, int delay) {
    return request(address, PaceCommand.SET_SLEEP_PARAMETERS, u16s(cellMillivolts, delay));
  }

  /** 0xAE set full-charge voltage (mV), current (mA) and low-capacity alarm (%). */
  public static Request setFullChargeParameters(
      int address, int millivolts, int milliamps, int lowCapacityPercent) {
    byte[] two = u16s(millivolts, milliamps);
    byte[] info = Arrays.copyOf(two, 5);
    info[4] = (byte) check("lowCapacityPercent", lowCapacityPercent, 0, 100);
    return request(address, PaceCommand.SET_FULL_CHARGE_PARAMETERS, info);
  }

  /** 0xB5 set balancing start voltage and start difference, both mV. */
  public static Request setBalancingParameters(int address, int startMillivolts, int deltaMv) {
    return request(address, PaceCommand.SET_BALANCING_PARAMETERS, u16s(startMillivolts, deltaMv));
  }

  /** 0xEE set current-limiter start current (A). */
  public static Request setLimiterStartCurrent(int address, int amperes) {
    return request(address, PaceCommand.SET_LIMITER_START_CURRENT, u16s(amperes));
  }

  private static byte[] u16s(int... values) {
    byte[] out = new byte[values.length * 2];
    for (int i = 0; i < values.length; i++) {
      check("value " + (i + 1), values[i], 0, 0xFFFF);
      out[2 * i] = (byte) (values[i] >> 8);
      out[2 * i + 1] = (byte) values[i];
    }
    return out;
  }

  private static int checkPack(int pack) {
    if (pack != ALL_PACKS && (pack < 0 || pack > 0x0F)) {
      throw new IllegalArgumentException("pack is " + pack + "; allowed 0..15 or 0xFF (all)");
    }
    return pack;
  }

  static int check(String name, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(name + " is " + value + "; allowed " + min + ".." + max);
    }
    return value;
  }

  private static Request request(int address, PaceCommand command, byte... info) {
    return Request.of(Dialect.PACE, address, command, info);
  }
}
