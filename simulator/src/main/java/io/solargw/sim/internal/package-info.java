/** The simulation's machinery: the clock driving the site model, the candump log writer. */
package io.solargw.sim.internal;
