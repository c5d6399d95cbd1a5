package io.solargw.gateway.soak;

import io.solargw.gateway.poll.Availability;
import io.solargw.gateway.poll.DeviceReport;
import io.solargw.gateway.publish.StateMapper;
import io.solargw.mqtt.payload.StateDocument;
import io.solargw.protocol.inverter.InverterProtocolException;
import io.solargw.protocol.inverter.codes.CodeTable;
import io.solargw.protocol.inverter.decode.RegisterImage;
import io.solargw.protocol.inverter.decode.SnapshotDecoder;
import io.solargw.protocol.inverter.profile.ProfileLoader;
import io.solargw.protocol.inverter.rtu.ReadRequest;
import io.solargw.protocol.inverter.rtu.ReadResponse;
import io.solargw.protocol.inverter.rtu.RtuCodec;
import io.solargw.sim.fault.FaultKind;
import io.solargw.sim.wire.WireTap;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the simulated devices really said: every answer written without damage (no fault, or noise
 * before an intact frame, or an intact frame that came late). Inverter answers are decoded with the
 * gateway's own decoder and state mapping into the keys of the MQTT state, and every value is
 * remembered per device and key; battery answers are kept as text, so a published pack can be
 * looked up by its cell voltages. Answers damaged on purpose are only counted.
 */
final class ServedValues implements WireTap {

  /** Faults that leave the frame itself intact. */
  private static final Set<FaultKind> INTACT =
      EnumSet.of(FaultKind.GARBAGE_BEFORE, FaultKind.LATE_ANSWER);

  /**
   * On the battery bus an answer from another ADR is a valid frame too: a PACE answer carries the
   * address of the pack that answers, which need not be the one asked (protocols/bms.md 1.7, item
   * 6), and its INFO — the values — is what the rack said.
   */
  private static final Set<FaultKind> INTACT_ON_BATTERY_BUS =
      EnumSet.of(FaultKind.GARBAGE_BEFORE, FaultKind.LATE_ANSWER, FaultKind.WRONG_ADDRESS);

  /**
   * Battery answers kept (the newest): enough for hours at one cycle per second; a published pack
   * state is never older than the refresh period.
   */
  private static final int MAX_RACK_ANSWERS = 20_000;

  private final SnapshotDecoder decoder =
      new SnapshotDecoder(ProfileLoader.loadDefault(), CodeTable.loadDefault());
  private final Map<String, Map<String, Set<Long>>> numbers = new ConcurrentHashMap<>();
  private final Map<String, Double> latest = new ConcurrentHashMap<>();
  private final List<String> rackAnswers = new ArrayList<>();
  private final AtomicLong intact = new AtomicLong();
  private final AtomicLong damaged = new AtomicLong();

  @Override
  public void served(
      String bus, int device, byte[] request, byte[] answer, Optional<FaultKind> fault) {
    Set<FaultKind> intactKinds = bus.equals("inverters") ? INTACT : INTACT_ON_BATTERY_BUS;
    if (fault.isPresent() && !intactKinds.contains(fault.get())) {
      damaged.incrementAndGet();
      return;
    }
    intact.incrementAndGet();
    if (bus.equals("inverters")) {
      inverter(device, request, answer);
    } else {
      String text =
          new String(answer, StandardCharsets.US_ASCII).toUpperCase(java.util.Locale.ROOT);
      synchronized (rackAnswers) {
        rackAnswers.add(text);
        if (rackAnswers.size() > MAX_RACK_ANSWERS) {
          rackAnswers.subList(0, MAX_RACK_ANSWERS / 10).clear();
        }
      }
    }
  }

  private void inverter(int unit, byte[] request, byte[] answer) {
    ReadResponse response;
    try {
      ReadRequest read = ReadRequest.fromFrame(request);
      byte[] frame = answer;
      int from = indexOfUnit(answer, unit);
      if (from > 0) { // noise before the frame
        frame = java.util.Arrays.copyOfRange(answer, from, answer.length);
      }
      response = RtuCodec.decodeReadResponse(read, frame);
    } catch (InverterProtocolException | IllegalArgumentException e) {
      return; // a write, or an exception answer: no values
    }
    String id = "inverter-" + unit;
    RegisterImage image = RegisterImage.of(response.startAddress(), response.registers());
    DeviceReport report =
        new DeviceReport(
            id,
            Availability.ONLINE,
            Instant.now(),
            decoder.decode(image).toJson(),
            Optional.empty());
    Map<String, Set<Long>> keys = numbers.computeIfAbsent(id, k -> new ConcurrentHashMap<>());
    StateDocument.of(StateMapper.map(report))
        .forEach(
            (key, value) -> {
              if (value instanceof Number n) {
                keys.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(key(n));
                latest.put(id + "/" + key, n.doubleValue());
              }
            });
  }

  private static int indexOfUnit(byte[] answer, int unit) {
    // GARBAGE_BEFORE puts 3 bytes (00 FF 55) before the frame; the frame starts with the unit id.
    return answer.length > 3 && answer[0] == 0 && answer[3] == unit ? 3 : 0;
  }

  /** Whether {@code device} served {@code key} at all (keys the gateway derives never are). */
  boolean knows(String device, String key) {
    Map<String, Set<Long>> keys = numbers.get(device);
    return keys != null && keys.containsKey(key);
  }

  /** Whether {@code device} ever served {@code value} under {@code key}. */
  boolean served(String device, String key, double value) {
    Map<String, Set<Long>> keys = numbers.get(device);
    return keys != null && keys.getOrDefault(key, Set.of()).contains(key(value));
  }

  /** The value {@code device} served last under {@code key}. */
  Optional<Double> latest(String device, String key) {
    return Optional.ofNullable(latest.get(device + "/" + key));
  }

  /** Whether some intact battery answer carried these cell voltages, in this order. */
  boolean servedCells(List<Integer> cellsMillivolts) {
    StringBuilder hex = new StringBuilder();
    cellsMillivolts.forEach(mv -> hex.append(String.format("%04X", mv)));
    String wanted = hex.toString();
    synchronized (rackAnswers) {
      for (int i = rackAnswers.size() - 1; i >= 0; i--) {
        if (rackAnswers.get(i).contains(wanted)) {
          return true;
        }
      }
    }
    return false;
  }

  long intact() {
    return intact.get();
  }

  long damaged() {
    return damaged.get();
  }

  private static long key(Number n) {
    return key(n.doubleValue());
  }

  private static long key(double v) {
    return Math.round(v * 1e6);
  }
}
