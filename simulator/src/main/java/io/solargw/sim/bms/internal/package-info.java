/** The rack's machinery: who answers which address, pack blocks and fixed-layout answers. */
package io.solargw.sim.bms.internal;
