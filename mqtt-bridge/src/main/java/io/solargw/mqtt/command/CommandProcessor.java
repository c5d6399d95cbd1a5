package io.solargw.mqtt.command;

import io.solargw.mqtt.DeviceKind;
import io.solargw.mqtt.DeviceState;
import io.solargw.mqtt.SettingCheck;
import io.solargw.mqtt.SettingValue;
import io.solargw.mqtt.SettingWriter;
import io.solargw.mqtt.WritableSetting;
import io.solargw.mqtt.WritePolicy;
import io.solargw.mqtt.WriteResult;
import io.solargw.mqtt.client.Outlet;
import io.solargw.mqtt.payload.Json;
import io.solargw.mqtt.topic.TopicTree;
import io.solargw.mqtt.topic.TopicTree.SetTarget;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles commands on {@code <base>/<device>/set/<code>}: checks them in order (retain flag, writes
 * enabled, size, device, setting, allowlist, value, rate limit, the runtime's validation), writes
 * the accepted ones through the {@link SettingWriter} (a stack command fans out to every unit),
 * logs every write and answers on {@code .../result}. A refused command never reaches {@link
 * SettingWriter#write}. Call {@link #handle} from one thread only.
 */
public final class CommandProcessor {

  private static final Logger LOG = LoggerFactory.getLogger(CommandProcessor.class);

  private final TopicTree topics;
  private final WritePolicy policy;
  private final SettingWriter writer;
  private final DeviceDirectory devices;
  private final Outlet outlet;
  private final Clock clock;
  private final RateLimiter limiter;
  private final AtomicLong accepted = new AtomicLong();
  private final AtomicLong rejected = new AtomicLong();
  private final AtomicLong rateLimited = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();

  /** A processor answering through {@code outlet}. */
  public CommandProcessor(
      TopicTree topics,
      WritePolicy policy,
      SettingWriter writer,
      DeviceDirectory devices,
      Outlet outlet,
      Clock clock) {
    this.topics = topics;
    this.policy = policy;
    this.writer = writer;
    this.devices = devices;
    this.outlet = outlet;
    this.clock = clock;
    this.limiter = new RateLimiter(policy.minInterval());
  }

  private record Plan(String device, String code, SettingValue value, List<String> targets) {}

  /** Handles one message of the command subscription; other topics are ignored. */
  public void handle(String topic, byte[] payload, boolean retained) {
    Optional<SetTarget> target = topics.parseSet(topic);
    if (target.isEmpty()) {
      return;
    }
    String device = target.get().deviceId();
    String code = target.get().code();
    Instant now = clock.instant();
    try {
      execute(check(device, code, payload, retained, now), now);
    } catch (CommandRejected refusal) {
      rejected.incrementAndGet();
      if (refusal.reason() == Rejection.RATE_LIMITED) {
        rateLimited.incrementAndGet();
        LOG.debug(
            "settings command {} {} refused: {}",
            Printable.of(device),
            Printable.of(code),
            refusal.getMessage());
      } else {
        LOG.info(
            "settings command {} {} refused: {}",
            Printable.of(device),
            Printable.of(code),
            refusal.getMessage());
      }
      reply(device, code, CommandReply.rejected(device, code, refusal, now));
    }
  }

  /** The counters now. */
  public CommandMetrics metrics() {
    return new CommandMetrics(accepted.get(), rejected.get(), rateLimited.get(), failed.get());
  }

  private Plan check(String device, String code, byte[] payload, boolean retained, Instant now)
      throws CommandRejected {
    checkEnvelope(payload, retained);
    DeviceState state = devices.find(device).orElseThrow(() -> notFound(device));
    WritableSetting setting = settingOf(state, code);
    SettingValue value = CommandParser.parse(setting, payload);
    String key = device + "/" + code;
    Optional<Duration> since = limiter.tooSoon(key, now);
    if (since.isPresent()) {
      throw new CommandRejected(
          Rejection.RATE_LIMITED,
          code
              + " on "
              + device
              + " was written "
              + since.get().toMillis()
              + " ms ago; the minimum interval is "
              + limiter.minInterval().toSeconds()
              + " s");
    }
    List<String> targets =
        state.kind() == DeviceKind.INVERTER_STACK
            ? devices.unitsOf(device).stream().map(DeviceState::id).toList()
            : List.of(device);
    if (targets.isEmpty()) {
      throw new CommandRejected(Rejection.UNKNOWN_DEVICE, device + " has no units to write to");
    }
    for (String unit : targets) {
      validate(unit, code, value, !unit.equals(device));
    }
    limiter.record(key, now);
    return new Plan(device, code, value, targets);
  }

  private CommandRejected notFound(String device) {
    if (devices.configured(device)) {
      return new CommandRejected(
          Rejection.INVALID,
          device + " has not been read yet; send the command again after its first poll");
    }
    return new CommandRejected(
        Rejection.UNKNOWN_DEVICE, "unknown device '" + Printable.of(device) + "'");
  }

  /** What is wrong with the message itself, whatever it asks for. */
  private void checkEnvelope(byte[] payload, boolean retained) throws CommandRejected {
    if (retained) {
      throw new CommandRejected(
          Rejection.RETAINED,
          "retained commands are ignored (they would"
              + " be replayed); publish without the retain flag");
    }
    if (!policy.enabled()) {
      throw new CommandRejected(
          Rejection.DISABLED, "settings writes are disabled (writes.enabled is false)");
    }
    if (payload.length > CommandParser.MAX_PAYLOAD_BYTES) {
      throw new CommandRejected(
          Rejection.OVERSIZED,
          "payload is "
              + payload.length
              + " bytes; at most "
              + CommandParser.MAX_PAYLOAD_BYTES
              + " are accepted");
    }
  }

  /** The device's setting of that code, if it has one and it is allowlisted. */
  private WritableSetting settingOf(DeviceState state, String code) throws CommandRejected {
    WritableSetting setting =
        state.settings().stream()
            .filter(s -> s.code().equals(code))
            .findFirst()
            .orElseThrow(
                () ->
                    new CommandRejected(
                        Rejection.UNKNOWN_SETTING,
                        state.id()
                            + " has no writable setting '"
                            + Printable.of(code)
                            + "'; it has: "
                            + codes(state)));
    if (!policy.allow().contains(code)) {
      throw new CommandRejected(
          Rejection.NOT_ALLOWED,
          "setting "
              + code
              + " is not in the writes allowlist (writes.allow: "
              + policy.allow().stream().sorted().toList()
              + ")");
    }
    return setting;
  }

  private void validate(String unit, String code, SettingValue value, boolean named)
      throws CommandRejected {
    SettingCheck check;
    try {
      check = writer.validate(unit, code, value);
    } catch (RuntimeException e) {
      LOG.error("setting validation of {} {} failed", unit, code, e);
      check = SettingCheck.invalid("validation failed: " + e.getMessage());
    }
    if (check instanceof SettingCheck.Invalid invalid) {
      throw new CommandRejected(Rejection.INVALID, (named ? unit + ": " : "") + invalid.message());
    }
  }

  private void execute(Plan plan, Instant now) {
    accepted.incrementAndGet();
    Map<String, Object> units = new LinkedHashMap<>();
    int failures = 0;
    for (String unit : plan.targets()) {
      WriteResult result = write(unit, plan);
      if (result instanceof WriteResult.Written written) {
        LOG.info(
            "settings write {} {}={} (MQTT): ok, read back {}",
            unit,
            plan.code(),
            plan.value().text(),
            written.readBack());
        units.put(unit, CommandReply.unit(true, "read_back", written.readBack()));
      } else {
        String message = ((WriteResult.Failed) result).message();
        LOG.warn(
            "settings write {} {}={} (MQTT): failed: {}",
            unit,
            plan.code(),
            plan.value().text(),
            message);
        units.put(unit, CommandReply.unit(false, "error", message));
        failures++;
      }
    }
    if (failures > 0) {
      failed.incrementAndGet();
    }
    reply(plan.device(), plan.code(), summary(plan, units, failures, now));
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> summary(
      Plan plan, Map<String, Object> units, int failures, Instant now) {
    String value = plan.value().text();
    if (units.size() == 1 && units.containsKey(plan.device())) {
      return CommandReply.written(
          plan.device(), plan.code(), value, (Map<String, Object>) units.get(plan.device()), now);
    }
    Map<String, Object> overall =
        failures == 0
            ? Map.of("ok", true)
            : CommandReply.unit(false, "error", failures + " of " + units.size() + " units failed");
    Map<String, Object> json =
        CommandReply.written(plan.device(), plan.code(), value, overall, now);
    json.put("units", units);
    return json;
  }

  private WriteResult write(String unit, Plan plan) {
    try {
      return writer.write(unit, plan.code(), plan.value());
    } catch (RuntimeException e) {
      LOG.error("settings write {} {} threw", unit, plan.code(), e);
      return new WriteResult.Failed("write failed: " + e.getMessage());
    }
  }

  private void reply(String device, String code, Map<String, Object> json) {
    outlet.publishTransient(topics.setResult(device, code), Json.write(json));
  }

  private static String codes(DeviceState state) {
    List<String> codes = state.settings().stream().map(WritableSetting::code).toList();
    return codes.isEmpty() ? "none" : String.join(", ", codes);
  }
}
