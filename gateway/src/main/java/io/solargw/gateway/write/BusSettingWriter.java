package io.solargw.gateway.write;

import io.solargw.gateway.bus.BusJobRejectedException;
import io.solargw.mqtt.SettingCheck;
import io.solargw.mqtt.SettingValue;
import io.solargw.mqtt.SettingWriter;
import io.solargw.mqtt.WritePolicy;
import io.solargw.mqtt.WriteResult;
import io.solargw.protocol.inverter.profile.SettingSpec;
import io.solargw.protocol.inverter.settings.RegisterWrite;
import io.solargw.protocol.inverter.settings.SettingContext;
import io.solargw.protocol.inverter.settings.SettingRejectedException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes inverter settings commanded through MQTT onto the buses. {@link #validate} checks, without
 * touching the bus: writes enabled, a configured inverter, the allowlist, a setting of the unit's
 * profile with a known register that is writable and not one the gateway never writes, and the
 * value against the settings table (range, step, options) and its dependency rules evaluated on the
 * unit's latest decoded snapshot. {@link #write} runs one {@link WriteTransaction} on the unit's
 * bus thread and logs one line per write.
 */
public final class BusSettingWriter implements SettingWriter {

  private static final Logger LOG = LoggerFactory.getLogger(BusSettingWriter.class);

  private final WriteTargets targets;
  private final WriteChecks checks;
  private final Duration timeout;

  /**
   * @param targets the inverters by device id
   * @param policy enabled flag and allowlist (the bridge also enforces them and the rate limit)
   * @param timeout how long {@link #write} waits for its transaction, queueing included
   */
  public BusSettingWriter(WriteTargets targets, WritePolicy policy, Duration timeout) {
    this.targets = targets;
    this.checks = new WriteChecks(targets, policy);
    this.timeout = timeout;
  }

  @Override
  public SettingCheck validate(String deviceId, String code, SettingValue value) {
    return checks
        .refusal(deviceId, code, value)
        .map(SettingCheck::invalid)
        .orElseGet(SettingCheck::ok);
  }

  @Override
  public WriteResult write(String deviceId, String code, SettingValue value) {
    Optional<String> refused = checks.refusal(deviceId, code, value);
    if (refused.isPresent()) {
      return logged(deviceId, code, "?", value.text(), new WriteResult.Failed(refused.get()));
    }
    InverterUnit unit = targets.unit(deviceId).orElseThrow();
    SettingSpec spec = unit.profile().setting(code).orElseThrow();
    SettingContext ctx = WriteChecks.context(unit).orElseThrow();
    String old = ctx.current(spec.code()).orElse("?");
    String text = SettingInputs.text(spec, value);
    List<RegisterWrite> writes;
    try {
      writes = unit.codec().encode(spec, text, ctx);
    } catch (SettingRejectedException e) {
      return logged(
          deviceId, code, old, text, new WriteResult.Failed(deviceId + ": " + e.getMessage()));
    }
    return logged(deviceId, code, old, text, run(unit, spec, writes, ctx));
  }

  private WriteResult run(
      InverterUnit unit, SettingSpec spec, List<RegisterWrite> writes, SettingContext ctx) {
    CompletableFuture<WriteResult> done =
        unit.worker().submit(new WriteTransaction(unit, spec, writes, ctx.systemVolts()));
    try {
      return done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      done.cancel(false); // a write still queued is skipped, never sent late
      return new WriteResult.Failed(
          unit.deviceId()
              + ": the write did not complete within "
              + timeout.toMillis()
              + " ms (bus busy or slow); if it had started, the setting may have changed");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      String why =
          cause instanceof BusJobRejectedException
              ? cause.getMessage()
              : "the bus link broke during the write: " + cause.getMessage();
      return new WriteResult.Failed(unit.deviceId() + ": " + why);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new WriteResult.Failed(unit.deviceId() + ": interrupted while writing");
    }
  }

  private static WriteResult logged(
      String deviceId, String code, String old, String value, WriteResult result) {
    if (result instanceof WriteResult.Written w) {
      LOG.info("write {} {}: {} -> {}: ok, read back {}", deviceId, code, old, value, w.readBack());
    } else {
      LOG.warn(
          "write {} {}: {} -> {}: failed: {}",
          deviceId,
          code,
          old,
          value,
          ((WriteResult.Failed) result).message());
    }
    return result;
  }
}
