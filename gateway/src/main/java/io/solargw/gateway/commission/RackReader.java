package io.solargw.gateway.commission;

import io.solargw.gateway.bus.BusTransactor;
import io.solargw.gateway.bus.Exchange;
import io.solargw.gateway.poll.PaceFramer;
import io.solargw.gateway.poll.RackRequests;
import io.solargw.protocol.bms.BmsProtocolException;
import io.solargw.protocol.bms.pace.Dialect;
import io.solargw.protocol.bms.pace.FrameCodec;
import io.solargw.protocol.bms.pace.PaceRequests;
import io.solargw.protocol.bms.pace.Request;
import io.solargw.protocol.bms.pace.ResponseDecoder;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one DIP address of the rack on its own (per-pack requests, never the master's all-packs
 * answer, so a duplicated address shows as a collision): analog block, alarm block and, on PACE
 * packs, software version, product information and the pack count the pack reports.
 */
final class RackReader {

  private final Dialect dialect;

  RackReader(Dialect dialect) {
    this.dialect = dialect;
  }

  PackProbe read(BusTransactor bus, int address) throws IOException, InterruptedException {
    List<RackRequests.Step> steps =
        new RackRequests(false, dialect, address).steps(List.of(address));
    Outcome analog = ask(bus, steps.get(0).request());
    if (analog.answer() != PackProbe.Answer.ANSWERED) {
      return new PackProbe(address, analog.answer(), Map.of(), Optional.of(analog.problem()));
    }
    Map<String, Object> values = new LinkedHashMap<>(block(analog.values(), address));
    Outcome alarm = ask(bus, steps.get(1).request());
    if (alarm.answer() == PackProbe.Answer.ANSWERED) {
      values.put("alarm", block(alarm.values(), address));
    }
    if (dialect == Dialect.PACE) {
      Map<String, Object> identity = new LinkedHashMap<>();
      text(ask(bus, PaceRequests.softwareVersion(address)))
          .ifPresent(t -> identity.put("software_version", t));
      text(ask(bus, PaceRequests.productInfo(address))).ifPresent(t -> identity.put("product", t));
      Outcome count = ask(bus, PaceRequests.packCount(address));
      if (count.values().get("pack_count") instanceof Number n) {
        identity.put("pack_count", n.intValue());
      }
      values.put("identity", identity);
    }
    return new PackProbe(address, PackProbe.Answer.ANSWERED, values, Optional.empty());
  }

  private record Outcome(PackProbe.Answer answer, Map<String, Object> values, String problem) {}

  private static Outcome ask(BusTransactor bus, Request request)
      throws IOException, InterruptedException {
    byte[] wire = request.encode();
    Outcome last = new Outcome(PackProbe.Answer.SILENT, Map.of(), "no answer");
    for (int attempt = 0; attempt <= bus.timing().retries(); attempt++) {
      NoiseCountingFramer framer = new NoiseCountingFramer(new PaceFramer(wire, bus.counters()));
      Exchange ex = bus.exchange(wire, framer);
      if (ex instanceof Exchange.Timeout t) {
        int noise = t.received().length + framer.skipped();
        last =
            noise == 0 || noise == wire.length // nothing, or only an echo of the request
                ? new Outcome(PackProbe.Answer.SILENT, Map.of(), "timeout, nothing came back")
                : new Outcome(
                    PackProbe.Answer.GARBLED, Map.of(), noise + " bytes came, no valid frame");
        continue;
      }
      try {
        Map<String, Object> m =
            ResponseDecoder.decode(FrameCodec.decode(((Exchange.Answer) ex).frame()), request)
                .toMap();
        return new Outcome(PackProbe.Answer.ANSWERED, m, "");
      } catch (BmsProtocolException e) {
        last = new Outcome(PackProbe.Answer.GARBLED, Map.of(), e.getMessage());
      }
    }
    return last;
  }

  /** The block of {@code address} in an answer that may list several packs. */
  private static Map<String, Object> block(Map<String, Object> answer, int address) {
    if (answer.get("packs") instanceof List<?> blocks) {
      Map<String, Object> first = Map.of();
      for (Object b : blocks) {
        if (b instanceof Map<?, ?> m) {
          Map<String, Object> copy = new LinkedHashMap<>();
          m.forEach((k, v) -> copy.put(String.valueOf(k), v));
          if (first.isEmpty() || Integer.valueOf(address).equals(m.get("pack_address"))) {
            first = copy;
          }
        }
      }
      return first;
    }
    return answer;
  }

  private static Optional<String> text(Outcome o) {
    Object t = o.values().getOrDefault("text", o.values().get("info_ascii"));
    return t == null ? Optional.empty() : Optional.of(String.valueOf(t).strip());
  }
}
