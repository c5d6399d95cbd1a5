/**
 * The broker connection: {@link io.solargw.mqtt.client.BrokerSession} owns reconnect, backoff, the
 * last will and the offline buffer over a {@link io.solargw.mqtt.client.BrokerLink}.
 */
package io.solargw.mqtt.client;
