package io.solargw.gateway.cli;

import io.solargw.gateway.bus.BusTransactor;
import io.solargw.gateway.bus.Exchange;
import io.solargw.gateway.bus.ModbusChannel;
import io.solargw.gateway.bus.ModbusOutcome;
import io.solargw.gateway.poll.PaceFramer;
import io.solargw.protocol.bms.BmsProtocolException;
import io.solargw.protocol.bms.pace.FrameCodec;
import io.solargw.protocol.bms.pace.PaceRequests;
import io.solargw.protocol.bms.pace.Request;
import io.solargw.protocol.bms.pace.ResponseDecoder;
import io.solargw.protocol.inverter.rtu.ReadRequest;
import io.solargw.protocol.inverter.rtu.ReadResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The few requests {@code scan} sends to identify one address. */
final class ScanProbes {

  private ScanProbes() {}

  /** Versions (0x0014) then serial number (0x0035 x20) of an inverter; empty if silent. */
  static Map<String, Object> inverter(ModbusChannel bus, int address)
      throws IOException, InterruptedException {
    Map<String, Object> out = new LinkedHashMap<>();
    Optional<List<Integer>> versions = read(bus, ReadRequest.holding(address, 0x0014, 2));
    if (versions.isEmpty()) {
      return out;
    }
    out.put("address", address);
    out.put("app_version", String.format("%.2f", versions.get().get(0) / 100.0));
    out.put("bootloader_version", String.format("%.2f", versions.get().get(1) / 100.0));
    read(bus, ReadRequest.holding(address, 0x0035, 20))
        .ifPresent(words -> out.put("serial_number", ascii(words)));
    return out;
  }

  /** Software version (0xC1) and serial (0xC2) of the pack at {@code address}; empty if silent. */
  static Map<String, Object> pack(BusTransactor bus, int address)
      throws IOException, InterruptedException {
    Map<String, Object> out = new LinkedHashMap<>();
    Optional<Map<String, Object>> version = ask(bus, PaceRequests.softwareVersion(address));
    if (version.isEmpty()) {
      return out;
    }
    out.put("address", address);
    out.put("software_version", version.get().getOrDefault("text", ""));
    ask(bus, PaceRequests.productInfo(address))
        .ifPresent(m -> out.put("serial_number", m.getOrDefault("text", "")));
    ask(bus, PaceRequests.packCount(address))
        .ifPresent(m -> out.put("pack_count", m.getOrDefault("pack_count", "")));
    return out;
  }

  private static Optional<List<Integer>> read(ModbusChannel bus, ReadRequest request)
      throws IOException, InterruptedException {
    if (bus.transact(request) instanceof ModbusOutcome.Answered a
        && a.response() instanceof ReadResponse r) {
      return Optional.of(r.registers());
    }
    return Optional.empty();
  }

  private static Optional<Map<String, Object>> ask(BusTransactor bus, Request request)
      throws IOException, InterruptedException {
    byte[] wire = request.encode();
    Exchange ex = bus.exchange(wire, new PaceFramer(wire, bus.counters()));
    if (ex instanceof Exchange.Answer a) {
      try {
        return Optional.of(ResponseDecoder.decode(FrameCodec.decode(a.frame()), request).toMap());
      } catch (BmsProtocolException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static String ascii(List<Integer> words) {
    StringBuilder sb = new StringBuilder();
    for (int w : words) {
      int c = w & 0xFF;
      if (c >= 0x20 && c < 0x7F) {
        sb.append((char) c);
      }
    }
    return sb.toString().strip();
  }
}
