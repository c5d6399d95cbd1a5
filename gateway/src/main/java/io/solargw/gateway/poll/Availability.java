package io.solargw.gateway.poll;

/**
 * Whether a device's values are fresh. A device is unavailable after {@code unavailableAfter}
 * failed cycles; its last values are then never republished as fresh.
 */
public enum Availability {
  /** Answered in the last cycle. */
  ONLINE,
  /** Missed cycles, but fewer than the limit: last values kept, marked stale. */
  STALE,
  /** Missed too many cycles. */
  OFFLINE
}
