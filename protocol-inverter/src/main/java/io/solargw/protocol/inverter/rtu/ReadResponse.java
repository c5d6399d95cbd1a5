package io.solargw.protocol.inverter.rtu;

import io.solargw.protocol.inverter.rtu.internal.Wire;
import java.util.List;

/**
 * The registers a read answered, as unsigned 16-bit values in address order.
 *
 * <p>Wire: {@code addr fc byteCount data... crcLo crcHi} with byteCount = 2 x registers and each
 * register big-endian (inverter-modbus.md 2.6). {@code startAddress} is not on the wire: it comes
 * from the request the answer was matched against.
 *
 * @param unitId answering slave address 0..255
 * @param functionCode 0x03 or 0x04
 * @param startAddress address of {@code registers.get(0)}
 * @param registers 1..125 values, each 0..65535
 */
public record ReadResponse(int unitId, int functionCode, int startAddress, List<Integer> registers)
    implements ModbusResponse {

  /** Validates ranges and copies the list. */
  public ReadResponse {
    Wire.require("unitId", unitId, 0, 0xFF);
    if (!FunctionCode.isRead(functionCode)) {
      throw new IllegalArgumentException(
          String.format("functionCode must be 0x03 or 0x04, got 0x%02X", functionCode));
    }
    Wire.require("startAddress", startAddress, 0, 0xFFFF);
    registers = List.copyOf(registers);
    Wire.require("registers.size()", registers.size(), 1, Wire.MAX_READ_COUNT);
    Wire.require(
        "startAddress + registers.size() - 1", startAddress + registers.size() - 1, 0, 0xFFFF);
    for (int i = 0; i < registers.size(); i++) {
      Wire.require("registers[" + i + "]", registers.get(i), 0, 0xFFFF);
    }
  }

  /** The answer a slave sends for {@code request} holding {@code registers}. */
  public static ReadResponse answering(ReadRequest request, List<Integer> registers) {
    if (registers.size() != request.count()) {
      throw new IllegalArgumentException(
          "registers.size() must equal the request's count "
              + request.count()
              + ", got "
              + registers.size());
    }
    return new ReadResponse(
        request.unitId(), request.functionCode(), request.startAddress(), registers);
  }

  /** The value of register {@code address}, 0..65535. */
  public int register(int address) {
    int index = address - startAddress;
    if (index < 0 || index >= registers.size()) {
      throw new IllegalArgumentException(
          String.format(
              "address must be 0x%04X..0x%04X, got 0x%04X",
              startAddress, startAddress + registers.size() - 1, address));
    }
    return registers.get(index);
  }

  /** The frame a slave sends: address, function, byte count, registers, CRC. */
  @Override
  public byte[] toFrame() {
    byte[] frame = new byte[5 + 2 * registers.size()];
    frame[0] = (byte) unitId;
    frame[1] = (byte) functionCode;
    frame[2] = (byte) (2 * registers.size());
    for (int i = 0; i < registers.size(); i++) {
      Wire.putU16(frame, 3 + 2 * i, registers.get(i));
    }
    return Wire.sealWithCrc(frame);
  }
}
