package io.solargw.mqtt.command;

import io.solargw.mqtt.SettingInput;
import io.solargw.mqtt.SettingValue;
import io.solargw.mqtt.WritableSetting;
import io.solargw.mqtt.payload.Json;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Parses a command payload for a setting: a plain value ({@code 56.4}, {@code SBU}, {@code ON}) or
 * a JSON object {@code {"value": ...}}, then checks it against the setting's range and step,
 * options, or on/off words.
 */
public final class CommandParser {

  /** Longest payload accepted, in bytes. */
  public static final int MAX_PAYLOAD_BYTES = 256;

  private CommandParser() {}

  /** The value the payload asks for. */
  public static SettingValue parse(WritableSetting setting, byte[] payload) throws CommandRejected {
    if (payload.length > MAX_PAYLOAD_BYTES) {
      throw new CommandRejected(
          Rejection.OVERSIZED,
          "payload is "
              + payload.length
              + " bytes; at most "
              + MAX_PAYLOAD_BYTES
              + " are accepted");
    }
    Object raw = unwrap(new String(payload, StandardCharsets.UTF_8).strip());
    SettingInput input = setting.input();
    if (input instanceof SettingInput.Range range) {
      return number(setting.code(), range, raw);
    } else if (input instanceof SettingInput.Options options) {
      return option(setting.code(), options, raw);
    }
    return onOff(setting.code(), raw);
  }

  /** The plain text, or the {@code value} of a JSON object. */
  private static Object unwrap(String text) throws CommandRejected {
    if (!text.startsWith("{")) {
      return text;
    }
    Object json;
    try {
      json = Json.read(text);
    } catch (IllegalArgumentException e) {
      throw new CommandRejected(Rejection.BAD_VALUE, e.getMessage());
    }
    if (!(json instanceof Map<?, ?> map) || !map.containsKey("value") || map.size() != 1) {
      throw new CommandRejected(
          Rejection.BAD_VALUE,
          "a JSON command must be an object with exactly one field, \"value\"");
    }
    Object value = map.get("value");
    if (value == null || value instanceof Map || value instanceof Iterable) {
      throw new CommandRejected(
          Rejection.BAD_VALUE,
          "\"value\" must be a number, a string or a boolean, got " + Json.write(value));
    }
    return value;
  }

  private static SettingValue number(String code, SettingInput.Range range, Object raw)
      throws CommandRejected {
    BigDecimal number;
    try {
      number = raw instanceof Boolean ? null : new BigDecimal(raw.toString().strip());
    } catch (NumberFormatException e) {
      number = null;
    }
    String expected =
        "a number from "
            + range.min().toPlainString()
            + " to "
            + range.max().toPlainString()
            + " in steps of "
            + range.step().toPlainString();
    if (number == null) {
      throw new CommandRejected(
          Rejection.BAD_VALUE, code + " expects " + expected + ", got " + quoted(raw));
    }
    if (number.compareTo(range.min()) < 0 || number.compareTo(range.max()) > 0) {
      throw new CommandRejected(
          Rejection.BAD_VALUE,
          code + " " + number.toPlainString() + " is out of range: expects " + expected);
    }
    if (number.subtract(range.min()).remainder(range.step()).signum() != 0) {
      throw new CommandRejected(
          Rejection.BAD_VALUE,
          code + " " + number.toPlainString() + " is off the step grid: expects " + expected);
    }
    return new SettingValue.Decimal(number);
  }

  private static SettingValue option(String code, SettingInput.Options options, Object raw)
      throws CommandRejected {
    if (raw instanceof String text) {
      for (String option : options.options()) {
        if (option.equalsIgnoreCase(text)) {
          return new SettingValue.Option(option);
        }
      }
    }
    throw new CommandRejected(
        Rejection.BAD_VALUE,
        code + " expects one of " + String.join(", ", options.options()) + ", got " + quoted(raw));
  }

  private static SettingValue onOff(String code, Object raw) throws CommandRejected {
    if (raw instanceof Boolean flag) {
      return new SettingValue.OnOff(flag);
    }
    String word = raw instanceof String text ? text.toLowerCase(Locale.ROOT) : raw.toString();
    switch (word) {
      case "on", "true", "1":
        return new SettingValue.OnOff(true);
      case "off", "false", "0":
        return new SettingValue.OnOff(false);
      default:
        throw new CommandRejected(
            Rejection.BAD_VALUE, code + " expects ON or OFF, got " + quoted(raw));
    }
  }

  private static String quoted(Object raw) {
    String text = raw instanceof String s ? "'" + Printable.of(s) + "'" : String.valueOf(raw);
    return text.length() > 40 ? text.substring(0, 40) + "...'" : text;
  }
}
