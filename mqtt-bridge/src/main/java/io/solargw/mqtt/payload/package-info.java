/**
 * JSON payloads (the only Jackson user is {@link io.solargw.mqtt.payload.Json}), the state
 * document, raised/cleared events and the deadband/refresh gate.
 */
package io.solargw.mqtt.payload;
