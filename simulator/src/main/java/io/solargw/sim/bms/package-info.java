/**
 * The simulated battery rack: PACE packs (VER 0x25) at DIP addresses 1..15 on one RS485 bus, pack 1
 * the master, with protections, alarms and faults derived from the site model's readings (bms.md
 * sections 2-5) or forced by scenarios.
 */
package io.solargw.sim.bms;
