/**
 * Register-map profiles: the YAML format (points, derived values, page constants, settings, enum
 * tables, forbidden ranges, sentinels), the loader that reports every problem with file and line,
 * and the read plan of a profile. Format: {@code docs/reference/inverter-profile.md}.
 */
package io.solargw.protocol.inverter.profile;
