/** The topic tree under the base topic and the Home Assistant discovery prefix. */
package io.solargw.mqtt.topic;
