/** Domain (range, step grid, values, options) and dependency-rule checks. */
package io.solargw.protocol.inverter.settings.internal;
