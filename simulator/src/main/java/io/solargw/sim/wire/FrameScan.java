package io.solargw.sim.wire;

/** Where the next complete request frame is in the bytes received so far. */
public sealed interface FrameScan {

  /** A complete frame of {@code length} bytes starts at {@code start}. */
  record Found(int start, int length) implements FrameScan {}

  /** No complete frame yet: wait for more bytes. */
  record NeedMore() implements FrameScan {}

  /** The first {@code count} bytes can never start a frame: drop them. */
  record Skip(int count, String reason) implements FrameScan {}
}
