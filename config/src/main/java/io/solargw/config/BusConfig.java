package io.solargw.config;

import java.util.regex.Pattern;

/**
 * One entry of {@code buses:}: a wire (or socket) the gateway talks on, strictly one transaction at
 * a time. The record type says what the bus carries.
 */
public sealed interface BusConfig permits InverterBus, BmsBus, CanBus {

  /** What a bus name may look like: 1 to 32 characters {@code a-z 0-9 _ -}. */
  Pattern NAME = Pattern.compile("[a-z0-9_-]{1,32}");

  /** Unique among the buses; used in logs, MQTT topics and the status page. */
  String name();

  /** What the bus carries. */
  BusProtocol protocol();

  /** How the gateway reaches the bus. */
  Transport transport();

  /** Timeout, retries and inter-transaction gap. */
  BusTiming timing();
}
