package io.solargw.mqtt.client.internal;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The messages waiting for the broker, in arrival order, bounded: retained messages keep only the
 * latest payload per topic, non-retained ones are all kept (at most {@code maxEvents}; the oldest
 * is dropped). While shut (broker away) at most {@code maxTopics} retained topics are kept and a
 * new topic beyond that is dropped; while open (connected) the queue is drained as it fills and
 * holds at most one message per topic anyway, so a full republish after a reconnect is never cut
 * short. Drops are counted. {@link #next()} blocks until the outbox is open and not empty.
 */
public final class Outbox {

  /**
   * One message.
   *
   * @param topic the topic
   * @param payload UTF-8 text
   * @param retained retained (latest-per-topic) or not (kept each)
   */
  public record Message(String topic, String payload, boolean retained) {
    /** Checks topic and payload are given. */
    public Message {
      Objects.requireNonNull(topic, "topic");
      Objects.requireNonNull(payload, "payload");
    }
  }

  private final int maxTopics;
  private final int maxEvents;
  // key: the topic for retained messages, a unique Long for the others; insertion order = send
  // order
  private LinkedHashMap<Object, Message> queue = new LinkedHashMap<>();
  private int topics;
  private int events;
  private long sequence;
  private long dropped;
  private int inFlight;
  private boolean open;
  private boolean closed;

  /** An empty, shut outbox with these bounds. */
  public Outbox(int maxTopics, int maxEvents) {
    this.maxTopics = maxTopics;
    this.maxEvents = maxEvents;
  }

  /** Adds a message; returns false when it (or, for events, an older one) was dropped. */
  public synchronized boolean offer(Message message) {
    boolean kept = message.retained() ? offerRetained(message) : offerEvent(message);
    notifyAll();
    return kept;
  }

  /**
   * Waits until the outbox is open and holds a message, and takes the oldest.
   *
   * @return empty once the outbox is closed
   */
  public synchronized Optional<Message> next() throws InterruptedException {
    while (!closed && (!open || queue.isEmpty())) {
      wait();
    }
    if (closed) {
      return Optional.empty();
    }
    Iterator<Map.Entry<Object, Message>> first = queue.entrySet().iterator();
    Message message = first.next().getValue();
    first.remove();
    if (message.retained()) {
      topics--;
    } else {
      events--;
    }
    inFlight++;
    return Optional.of(message);
  }

  /** Marks the message last handed out by {@link #next()} as sent. */
  public synchronized void sent() {
    inFlight = Math.max(0, inFlight - 1);
    notifyAll();
  }

  /**
   * Puts back a message that could not be sent, in front, unless a newer payload for its topic
   * arrived meanwhile.
   */
  public synchronized void putBack(Message message) {
    inFlight = Math.max(0, inFlight - 1);
    Object key = message.retained() ? message.topic() : Long.valueOf(sequence++);
    if (queue.containsKey(key)) {
      return;
    }
    if (message.retained() ? topics >= maxTopics && !open : events >= maxEvents) {
      dropped++;
      return;
    }
    LinkedHashMap<Object, Message> rebuilt = new LinkedHashMap<>();
    rebuilt.put(key, message);
    rebuilt.putAll(queue);
    queue = rebuilt;
    if (message.retained()) {
      topics++;
    } else {
      events++;
    }
    notifyAll();
  }

  /** Lets {@link #next()} hand out messages (connected) or not. */
  public synchronized void open(boolean isOpen) {
    open = isOpen;
    notifyAll();
  }

  /** Wakes every waiter for good. */
  public synchronized void close() {
    closed = true;
    notifyAll();
  }

  /** Waits up to {@code millis} for the outbox to be empty; returns whether it is. */
  public synchronized boolean awaitEmpty(long millis) throws InterruptedException {
    long end = System.nanoTime() + millis * 1_000_000;
    while (!queue.isEmpty() || inFlight > 0) {
      long left = (end - System.nanoTime()) / 1_000_000;
      if (left <= 0) {
        return false;
      }
      wait(left);
    }
    return true;
  }

  /** Messages waiting now (not counting one being sent). */
  public synchronized int size() {
    return queue.size();
  }

  /** Messages dropped since start. */
  public synchronized long dropped() {
    return dropped;
  }

  private boolean offerRetained(Message message) {
    if (queue.containsKey(message.topic())) {
      queue.put(message.topic(), message);
      return true;
    }
    if (topics >= maxTopics && !open) {
      dropped++;
      return false;
    }
    queue.put(message.topic(), message);
    topics++;
    return true;
  }

  private boolean offerEvent(Message message) {
    if (maxEvents == 0) {
      dropped++;
      return false;
    }
    boolean kept = true;
    if (events >= maxEvents) {
      Iterator<Map.Entry<Object, Message>> it = queue.entrySet().iterator();
      while (it.hasNext()) {
        if (!it.next().getValue().retained()) {
          it.remove();
          events--;
          dropped++;
          kept = false;
          break;
        }
      }
    }
    queue.put(Long.valueOf(sequence++), message);
    events++;
    return kept;
  }
}
