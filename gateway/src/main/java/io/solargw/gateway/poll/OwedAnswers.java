package io.solargw.gateway.poll;

import io.solargw.protocol.inverter.rtu.ModbusRequest;
import io.solargw.protocol.inverter.rtu.ReadRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The answers a Modbus RTU line may still deliver: per unit, the requests that timed out since the
 * unit's last answer that could only have been its own. Modbus RTU has no transaction id, and a
 * unit that queues requests answers them in order, late; so until such an answer arrives, an answer
 * of an owed shape (function and length) from that unit may belong to an older request, while an
 * answer of a shape nobody owes can only be the answer to the request waiting for it, and proves
 * that every request before it has been answered or dropped.
 *
 * <p>A request owed longer than {@link #FORGET_AFTER} is forgotten: a device that answers that late
 * is not answering. Owned by the bus thread, one per line ({@code BusTransactor.lineState}).
 */
final class OwedAnswers {

  /** How long a timed-out request may still be answered. */
  static final Duration FORGET_AFTER = Duration.ofSeconds(10);

  private record Owed(int function, int answerLength, long sentNanos) {}

  private final Map<Integer, List<Owed>> byUnit = new HashMap<>();
  private final Map<Integer, ReadRequest> longestAnsweredRead = new HashMap<>();
  private final LongSupplier nanos;

  OwedAnswers() {
    this(System::nanoTime);
  }

  OwedAnswers(LongSupplier nanos) {
    this.nanos = nanos;
  }

  /**
   * Whether {@code unit}'s answers are in doubt: some request to it timed out and its answer may
   * still come. Forgets what is older than {@link #FORGET_AFTER} first.
   */
  boolean owes(int unit) {
    List<Owed> owed = byUnit.get(unit);
    if (owed == null) {
      return false;
    }
    long now = nanos.getAsLong();
    owed.removeIf(o -> now - o.sentNanos() > FORGET_AFTER.toNanos());
    if (owed.isEmpty()) {
      byUnit.remove(unit);
      return false;
    }
    return true;
  }

  /** How many answers {@code unit} may still send. */
  int count(int unit) {
    return byUnit.getOrDefault(unit, List.of()).size();
  }

  /** {@code request} timed out: its answer may still come. */
  void timedOut(ModbusRequest request) {
    byUnit
        .computeIfAbsent(request.unitId(), u -> new ArrayList<>())
        .add(new Owed(request.functionCode(), answerLength(request), nanos.getAsLong()));
  }

  /**
   * {@code unit} gave an answer that can only be its own (its shape is owed by no earlier request):
   * a unit answers in order, so every earlier request is now answered or dropped.
   */
  void caughtUp(int unit) {
    byUnit.remove(unit);
  }

  /**
   * A late answer of {@code function} and {@code length} came from {@code unit}: it answers an owed
   * request of that shape, and a unit answers in order, so that request and every one before it are
   * no longer owed. The channel keeps the owed shapes of a unit all different (a request of an owed
   * shape is not sent); were one owed twice, only the first would be taken as answered.
   */
  void cameLate(int unit, int function, int length) {
    List<Owed> owed = byUnit.get(unit);
    if (owed == null) {
      return;
    }
    for (int i = 0; i < owed.size(); i++) {
      Owed o = owed.get(i);
      if (o.function() == function && o.answerLength() == length) {
        owed.subList(0, i + 1).clear();
        break;
      }
    }
    if (owed.isEmpty()) {
      byUnit.remove(unit);
    }
  }

  /**
   * Whether an owed answer of the request's unit has the shape of the answer to {@code request}.
   */
  boolean owesShapeOf(ModbusRequest request) {
    int length = answerLength(request);
    return byUnit.getOrDefault(request.unitId(), List.of()).stream()
        .anyMatch(o -> o.function() == request.functionCode() && o.answerLength() == length);
  }

  /** {@code request} was answered with registers: a read that the unit serves. */
  void answered(ReadRequest request) {
    ReadRequest longest = longestAnsweredRead.get(request.unitId());
    if (longest == null || request.count() > longest.count()) {
      longestAnsweredRead.put(request.unitId(), request);
    }
  }

  /**
   * A read whose answer no owed request shares the shape of: the start of the longest read {@code
   * unit} answered (or of {@code next}, when it is a read and none was answered yet), as few
   * registers as can be told apart. Empty when there is none.
   */
  Optional<ReadRequest> probe(int unit, ModbusRequest next) {
    ReadRequest base = longestAnsweredRead.get(unit);
    if (base == null && next instanceof ReadRequest read) {
      base = read;
    }
    if (base == null) {
      return Optional.empty();
    }
    for (int count = 1; count <= base.count(); count++) {
      ReadRequest candidate =
          new ReadRequest(unit, base.functionCode(), base.startAddress(), count);
      if (!owesShapeOf(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** Length of the normal answer to {@code request}: a read's registers, or a write's echo. */
  static int answerLength(ModbusRequest request) {
    return request instanceof ReadRequest read ? 5 + 2 * read.count() : 8;
  }
}
