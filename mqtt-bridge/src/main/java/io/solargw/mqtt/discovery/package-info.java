/**
 * Home Assistant device discovery (2024.11+ schema): one config per device with its components, the
 * ledger of published devices and their removal.
 */
package io.solargw.mqtt.discovery;
