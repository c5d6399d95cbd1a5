/**
 * {@code solar-gateway bench}: the gateway's polling stack against paced simulators, each bus's
 * measured cycle compared with the wire-time floor computed from its poll plan
 * (docs/performance.md).
 */
package io.solargw.gateway.bench;
