/** Not API: the state publisher that ties gate, events and discovery together. */
package io.solargw.mqtt.internal;
