/**
 * The manual's 50 settings: validation against range, step, options and dependency rules, encoding
 * into register writes and decoding of read-backs. Reference: {@code
 * docs/reference/inverter-settings.md}.
 */
package io.solargw.protocol.inverter.settings;
