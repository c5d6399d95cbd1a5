/**
 * How simulated devices meet the wire: a TCP server per bus that behaves like an RS485 segment
 * behind an RS485-to-Ethernet converter (raw bytes, one transaction at a time), with the wire time
 * of a baud rate and the device's turnaround emulated, and faults injected on the answers. A serial
 * port is a socat pty bridged to that server (see {@link io.solargw.sim.wire.PtyBridge}).
 */
package io.solargw.sim.wire;
