/** The inverter stack's machinery: register images, served ranges, write checks, statistics. */
package io.solargw.sim.inverter.internal;
