package io.solargw.mqtt.command;

/**
 * Counters of settings commands.
 *
 * @param accepted commands that reached the writer's {@code write}
 * @param rejected commands refused before any write (all reasons, rate-limited included)
 * @param rateLimited of the rejected, those refused for coming too soon
 * @param failed accepted commands whose write failed on the bus
 */
public record CommandMetrics(long accepted, long rejected, long rateLimited, long failed) {}
