package io.solargw.mqtt.command;

/** Why a command was refused before reaching the bus. */
public enum Rejection {
  /** Settings writes are disabled in the configuration. */
  DISABLED,
  /** The command came with the retain flag (it would be replayed at every reconnect). */
  RETAINED,
  /** The payload exceeds {@link CommandParser#MAX_PAYLOAD_BYTES}. */
  OVERSIZED,
  /** No device with that id. */
  UNKNOWN_DEVICE,
  /** The device has no such writable setting. */
  UNKNOWN_SETTING,
  /** The setting is not in the allowlist. */
  NOT_ALLOWED,
  /** The payload is not a value the setting accepts (type, range, step, option). */
  BAD_VALUE,
  /** The same setting was written less than the minimum interval ago. */
  RATE_LIMITED,
  /** The runtime's validation refused it. */
  INVALID
}
