/**
 * Settings commands from MQTT: parsing, allowlist, rate limit, fan-out to the units of a stack,
 * results.
 */
package io.solargw.mqtt.command;
