package io.solargw.mqtt;

import io.solargw.mqtt.command.CommandMetrics;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The bridge's counters, for the HTTP metrics page and the stats topic.
 *
 * @param connected whether the broker connection is up
 * @param publishes messages the broker acknowledged
 * @param dropped messages dropped because a buffer bound was reached while the broker was away
 * @param reconnects successful connections after the first
 * @param buffered messages waiting to be sent now
 * @param statesPublished device states handed to the connection (after deadband filtering)
 * @param eventsPublished raised/cleared events handed to the connection
 * @param commands settings commands: accepted, rejected, rate-limited, failed
 * @param commandsOverflowed commands dropped unread because too many were queued
 */
public record BridgeMetrics(
    boolean connected,
    long publishes,
    long dropped,
    long reconnects,
    int buffered,
    long statesPublished,
    long eventsPublished,
    CommandMetrics commands,
    long commandsOverflowed) {

  /** The counters as an ordered JSON tree (the {@code mqtt} object of the stats topic). */
  public Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("connected", connected);
    json.put("publishes", publishes);
    json.put("dropped", dropped);
    json.put("reconnects", reconnects);
    json.put("buffered", buffered);
    json.put("states_published", statesPublished);
    json.put("events_published", eventsPublished);
    json.put("commands_accepted", commands.accepted());
    json.put("commands_rejected", commands.rejected());
    json.put("commands_rate_limited", commands.rateLimited());
    json.put("commands_failed", commands.failed());
    json.put("commands_overflowed", commandsOverflowed);
    return json;
  }
}
