package io.solargw.gateway.bus;

/** Where the answer frame is in the bytes received so far (the protocol's framer decides). */
public sealed interface FrameSearch {

  /** A complete frame of {@code length} bytes starts at {@code start}. */
  record Found(int start, int length) implements FrameSearch {}

  /** Not complete yet: keep reading. */
  record NeedMore() implements FrameSearch {}

  /** The first {@code count} bytes cannot start the answer (echo, noise): drop them. */
  record Skip(int count, String reason) implements FrameSearch {}
}
