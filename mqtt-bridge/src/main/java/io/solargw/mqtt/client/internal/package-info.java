/** Not API: the Paho adapter (the only Paho user), PEM TLS, the outbox and the backoff. */
package io.solargw.mqtt.client.internal;
