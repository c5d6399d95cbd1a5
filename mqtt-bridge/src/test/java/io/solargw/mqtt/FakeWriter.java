package io.solargw.mqtt;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link SettingWriter} that records calls, refuses MCC above 80 and fails on listed units. */
public final class FakeWriter implements SettingWriter {

  /** One call. */
  public record Call(String method, String device, String code, String value) {}

  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final Map<String, String> failing = new ConcurrentHashMap<>();
  private final Map<String, String> refusing = new ConcurrentHashMap<>();

  /** Makes validation for a unit refuse with a message. */
  public FakeWriter refuseOn(String device, String message) {
    refusing.put(device, message);
    return this;
  }

  /** Makes writes to a unit fail with a message. */
  public FakeWriter failOn(String device, String message) {
    failing.put(device, message);
    return this;
  }

  @Override
  public SettingCheck validate(String deviceId, String code, SettingValue value) {
    calls.add(new Call("validate", deviceId, code, value.text()));
    if (refusing.containsKey(deviceId)) {
      return SettingCheck.invalid(refusing.get(deviceId));
    }
    if (code.equals("MCC")
        && value instanceof SettingValue.Decimal d
        && d.number().intValue() > 80) {
      return SettingCheck.invalid("MCC " + d.text() + " A exceeds the unit's 80 A");
    }
    return SettingCheck.ok();
  }

  @Override
  public WriteResult write(String deviceId, String code, SettingValue value) {
    calls.add(new Call("write", deviceId, code, value.text()));
    String failure = failing.get(deviceId);
    return failure == null
        ? new WriteResult.Written(value.text())
        : new WriteResult.Failed(failure);
  }

  public List<Call> calls() {
    return List.copyOf(calls);
  }

  public List<Call> writes() {
    return calls.stream().filter(c -> c.method().equals("write")).toList();
  }
}
