package io.solargw.mqtt.client;

/**
 * Counters of a broker session, for the HTTP metrics page.
 *
 * @param connected whether the broker connection is up now
 * @param publishes messages the broker acknowledged
 * @param dropped messages dropped because a buffer bound was reached
 * @param reconnects successful connections after the first
 * @param buffered messages waiting now
 */
public record SessionMetrics(
    boolean connected, long publishes, long dropped, long reconnects, int buffered) {}
