/**
 * The MQTT side of the gateway: {@link io.solargw.mqtt.MqttBridge} takes {@link
 * io.solargw.mqtt.DeviceState}s from the runtime and publishes states, availability, events and
 * Home Assistant discovery; settings commands come back through {@link
 * io.solargw.mqtt.SettingWriter}. Topics and payloads: {@code docs/reference/mqtt.md}.
 */
package io.solargw.mqtt;
