/**
 * Register words → an immutable snapshot of named, typed, scaled points, setting read-backs, the
 * manual's 15 LCD pages and the active fault/alarm codes. Points: {@code
 * docs/reference/inverter-points.md}.
 */
package io.solargw.protocol.inverter.decode;
